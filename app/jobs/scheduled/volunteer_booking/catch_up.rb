# frozen_string_literal: true

module Jobs
  module VolunteerBooking
    # Repairs what the account events missed: accounts deleted or anonymised
    # and volunteers who left their groups while the plugin was off (its
    # event listeners are skipped then), or when a listener failed. Daily,
    # and once when the plugin is turned on (plugin.rb); running it again
    # changes nothing more (::VolunteerBooking::AccountCleanUp).
    class CatchUp < ::Jobs::Scheduled
      every 1.day

      def execute(_args)
        return if !SiteSetting.volunteer_booking_enabled
        ::VolunteerBooking::AccountCleanUp.catch_up
      end
    end
  end
end
