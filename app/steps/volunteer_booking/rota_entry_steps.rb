# frozen_string_literal: true

module VolunteerBooking
  # Steps shared by the services that act on one rota entry of a booking
  # topic: the entry, if it is on one of the topic's shifts, and whether the
  # user may change it (a volunteer their own, an organiser anyone's).
  module RotaEntrySteps
    private

    def fetch_rota_entry(booking_topic:, params:)
      RotaEntry
        .joins(:shift)
        .where(volunteer_booking_shifts: { booking_topic_id: booking_topic.id })
        .find_by(id: params.rota_entry_id)
    end

    def can_edit_rota_entry(guardian:, booking_topic:, rota_entry:)
      PolicyFactory.for(guardian, booking_topic).can_edit_rota_entry?(
        { user_id: rota_entry.user_id },
      )
    end
  end
end
