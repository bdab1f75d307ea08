# frozen_string_literal: true

module VolunteerBooking
  # A booking topic's stats for its organisers, or all booking topics'
  # for staff (no topic_id), and their CSV downloads.
  class StatsController < BaseController
    def show
      run_service(FetchStats, stats_params) do |stats:|
        render_json_dump(serialize_data(stats, StatsSerializer, root: false))
      end
    end

    def export
      run_service(ExportStats, stats_params.merge(kind: params[:kind])) do |csv:, filename:|
        send_data(
          csv,
          type: "text/csv; charset=utf-8",
          filename: filename,
          disposition: "attachment",
        )
      end
    end

    private

    def stats_params
      { topic_id: params[:topic_id], from: params[:from], to: params[:to] }
    end
  end
end
