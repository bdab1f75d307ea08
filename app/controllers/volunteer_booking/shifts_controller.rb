# frozen_string_literal: true

module VolunteerBooking
  # An organiser's changes to a booking topic's shifts.
  class ShiftsController < BaseController
    def create
      run_service(AddShift, shift_params) { |shift:| render_shift(shift) }
    end

    def update
      run_service(UpdateShift, shift_params.merge(shift_id: params[:id])) do |shift:|
        render_shift(shift)
      end
    end

    def destroy
      run_service(RemoveShift, topic_id: params[:topic_id], shift_id: params[:id]) do
        render json: success_json
      end
    end

    private

    def shift_params
      hash_param(:shift).merge(topic_id: params[:topic_id])
    end

    def render_shift(shift)
      render_json_dump({ shift: serialize_data(shift, ShiftSerializer, root: false) })
    end
  end
end
