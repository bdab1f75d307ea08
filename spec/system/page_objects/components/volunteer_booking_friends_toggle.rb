# frozen_string_literal: true

module PageObjects
  module Components
    # The one-click Friends button on the admin user page.
    class VolunteerBookingFriendsToggle < PageObjects::Components::Base
      BUTTON = ".volunteer-booking-friends-toggle__button"

      def click
        find(BUTTON).click
        self
      end

      # Showing "Add to Friends": the user is not a Friend.
      def has_add_button?
        has_css?("#{BUTTON}.btn-default")
      end

      # Showing "Remove from Friends": the user is a Friend.
      def has_remove_button?
        has_css?("#{BUTTON}.btn-danger")
      end
    end
  end
end
