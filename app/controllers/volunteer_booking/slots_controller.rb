# frozen_string_literal: true

module VolunteerBooking
  # A booking topic's open slots, a page at a time; visitors may see them too.
  class SlotsController < BaseController
    skip_before_action :ensure_logged_in, only: :index

    def index
      run_service(FetchSlots, topic_id: params[:topic_id], cursor: params[:cursor]) do |page:|
        render_json_dump({ slots: serialize_data(page.items, SlotSerializer), **page_json(page) })
      end
    end
  end
end
