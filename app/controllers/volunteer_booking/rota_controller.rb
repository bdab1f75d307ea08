# frozen_string_literal: true

module VolunteerBooking
  # The rota widget's read: shifts, rota entries and time off for a range,
  # and for organisers who they may add (its first page; the next ones from
  # volunteers).
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
            rota_skips: serialize_data(rota.rota_skips, RotaSkipSerializer),
            time_off: serialize_data(rota.time_off, TimeOffSerializer, show_notes: rota.show_notes),
            volunteers: serialize_data(rota.volunteers.items, BasicUserSerializer),
            volunteers_more: rota.volunteers.more?,
            volunteers_cursor: rota.volunteers.cursor,
          },
        )
      end
    end

    def volunteers
      run_service(
        ListRotaVolunteers,
        topic_id: params[:topic_id],
        cursor: params[:cursor],
      ) do |page:|
        render_json_dump(
          { volunteers: serialize_data(page.items, BasicUserSerializer), **page_json(page) },
        )
      end
    end
  end
end
