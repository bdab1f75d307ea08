# frozen_string_literal: true

module PageObjects
  module Pages
    # Discourse's admin page for one user, with the plugin's Friends button.
    class VolunteerBookingAdminUser < PageObjects::Pages::Base
      def visit(user)
        page.visit("/admin/users/#{user.id}/#{user.username}")
        self
      end

      def friends_toggle
        PageObjects::Components::VolunteerBookingFriendsToggle.new
      end
    end
  end
end
