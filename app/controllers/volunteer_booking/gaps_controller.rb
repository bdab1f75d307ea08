# frozen_string_literal: true

module VolunteerBooking
  # A booking topic's gaps and coverage for the coming four weeks.
  class GapsController < BaseController
    def index
      run_service(FetchGaps, topic_id: params[:topic_id]) do |coverage:|
        render_json_dump(serialize_data(coverage, GapCoverageSerializer, root: false))
      end
    end
  end
end
