# frozen_string_literal: true

module VolunteerBooking
  # A booking topic's open slots; visitors may see them too.
  class SlotsController < BaseController
    skip_before_action :ensure_logged_in, only: :index

    def index
      run_service(FetchSlots, topic_id: params[:topic_id]) do |slots:|
        render_json_dump({ slots: serialize_data(slots, SlotSerializer) })
      end
    end
  end
end
