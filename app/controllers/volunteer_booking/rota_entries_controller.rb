# frozen_string_literal: true

module VolunteerBooking
  # Joining and leaving shifts, and skipping one date of a weekly entry.
  class RotaEntriesController < BaseController
    def create
      run_service(
        JoinShift,
        topic_id: params[:topic_id],
        shift_id: params[:shift_id],
        on_date: params[:on_date],
        user_id: params[:user_id],
      ) do |rota_entry:|
        render_json_dump(
          { rota_entry: serialize_data(rota_entry, RotaEntrySerializer, root: false) },
        )
      end
    end

    def destroy
      run_service(LeaveShift, topic_id: params[:topic_id], rota_entry_id: params[:id]) do
        render json: success_json
      end
    end

    def skip
      run_service(SkipRotaDate, **skip_params) { render json: success_json }
    end

    def unskip
      run_service(UnskipRotaDate, **skip_params) { render json: success_json }
    end

    private

    def skip_params
      { topic_id: params[:topic_id], rota_entry_id: params[:id], on_date: params[:on_date] }
    end
  end
end
