# frozen_string_literal: true

module Jobs
  module VolunteerBooking
    # Sends each booking topic's weekly gap message and notifications when
    # they are due (see ::VolunteerBooking::GapRecruiting). Hourly: the
    # organiser picks the hour.
    class RecruitForGaps < ::Jobs::Scheduled
      every 1.hour

      def execute(_args)
        return if !SiteSetting.volunteer_booking_enabled
        ::VolunteerBooking::GapRecruiting.run
      end
    end
  end
end
