# frozen_string_literal: true

module VolunteerBooking
  # The rota widget's read: shifts, rota entries and time off for a range.
  class RotaController < BaseController
    def show
      run_service(
        FetchRota,
        topic_id: params[:topic_id],
        from: params[:from],
        weeks: params[:weeks],
      ) do |rota:|
        render_json_dump(
          {
            shifts: serialize_data(rota.shifts, ShiftSerializer),
            rota_entries:
              serialize_data(
                rota.rota_entries,
                RotaEntrySerializer,
                flagged_user_ids: rota.flagged_user_ids,
              ),
            time_off: serialize_data(rota.time_off, TimeOffSerializer, show_notes: rota.show_notes),
            volunteers: serialize_data(rota.volunteers, BasicUserSerializer),
          },
        )
      end
    end
  end
end
