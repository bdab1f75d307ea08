# frozen_string_literal: true

module Jobs
  module VolunteerBooking
    # Follows sessions up and reminds volunteers of unmarked ones (see
    # ::VolunteerBooking::FollowUps).
    class FollowUpSessions < ::Jobs::Scheduled
      every 5.minutes

      def execute(_args)
        return if !SiteSetting.volunteer_booking_enabled
        ::VolunteerBooking::FollowUps.run
      end
    end
  end
end
