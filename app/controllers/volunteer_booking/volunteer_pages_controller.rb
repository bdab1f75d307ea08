# frozen_string_literal: true

module VolunteerBooking
  # The volunteer page's data: sessions, the unclaimed queue, rota entries
  # and time off, across booking topics.
  class VolunteerPagesController < BaseController
    def show
      run_service(FetchVolunteerPage, {}) do |page:|
        render_json_dump(
          {
            sessions: serialize_data(page.sessions, BookingSerializer),
            queue: serialize_data(page.queue, BookingSerializer),
            rota_entries:
              serialize_data(
                page.rota_entries,
                VolunteerRotaEntrySerializer,
                inactive_booking_topic_ids: page.inactive_booking_topic_ids,
              ),
            time_off: serialize_data(page.time_off, TimeOffSerializer),
          },
        )
      end
    end
  end
end
