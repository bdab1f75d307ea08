# frozen_string_literal: true

module Jobs
  module VolunteerBooking
    # Closes booking requests nobody took in time and asks again about
    # those still waiting (see ::VolunteerBooking::RequestExpiry).
    class CloseBookingRequests < ::Jobs::Scheduled
      every 1.hour

      def execute(_args)
        return if !SiteSetting.volunteer_booking_enabled
        ::VolunteerBooking::RequestExpiry.run
      end
    end
  end
end
