# frozen_string_literal: true

module Jobs
  module VolunteerBooking
    # Escalates bookings nobody has picked up (see ::VolunteerBooking::Escalation).
    class EscalateBookings < ::Jobs::Scheduled
      every 5.minutes

      def execute(_args)
        return if !SiteSetting.volunteer_booking_enabled
        ::VolunteerBooking::Escalation.run
      end
    end
  end
end
