# frozen_string_literal: true

module VolunteerBooking
  # A volunteer's own time off, across booking topics.
  class TimeOffsController < BaseController
    def index
      run_service(ListTimeOff, {}) do |time_off:|
        render_json_dump({ time_off: serialize_data(time_off, TimeOffSerializer) })
      end
    end

    def create
      run_service(
        AddTimeOff,
        starts_on: params[:starts_on],
        ends_on: params[:ends_on],
        note: params[:note],
      ) do |time_off:|
        render_json_dump({ time_off: serialize_data(time_off, TimeOffSerializer, root: false) })
      end
    end

    def destroy
      run_service(RemoveTimeOff, time_off_id: params[:id]) { render json: success_json }
    end
  end
end
