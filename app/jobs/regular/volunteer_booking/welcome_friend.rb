# frozen_string_literal: true

module Jobs
  module VolunteerBooking
    # The welcome message to someone just added to the Friends group (see
    # ::VolunteerBooking::Friends::Welcome). Args: user_id, group_id.
    class WelcomeFriend < ::Jobs::Base
      def execute(args)
        return if !SiteSetting.volunteer_booking_enabled
        ::VolunteerBooking::Friends::Welcome.deliver(
          user_id: args[:user_id],
          group_id: args[:group_id],
        )
      end
    end
  end
end
