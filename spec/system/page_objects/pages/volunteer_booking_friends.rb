# frozen_string_literal: true

module PageObjects
  module Pages
    # The Friends tab of the plugin's admin page.
    class VolunteerBookingFriends < PageObjects::Pages::Base
      PATH = "/admin/plugins/discourse-volunteer-booking/friends"

      def visit
        page.visit(PATH)
        self
      end

      def has_planned_changes?(count)
        has_css?(".friends-status__change", count: count)
      end

      def set_up?
        has_css?(".friends-status__done")
      end

      # A read-restricted category in the plan, listing who may use it now.
      def has_restricted_category?(category, group)
        has_css?(
          "#{category_selector(category)}.friends-status__change--restricted",
          text: group.name,
        )
      end

      def confirm_category(category)
        find("#{category_selector(category)} .friends-status__confirm").click
        self
      end

      def run_setup
        find(".friends-status__run").click
        self
      end

      # Several at once through the user chooser, then one click.
      def add_friends(*users)
        users.each do |user|
          chooser.expand_if_needed
          chooser.search(user.username)
          chooser.select_row_by_value(user.username)
        end
        find(".friends-setup__add-button").click
        self
      end

      def has_member?(user, added_by:)
        has_css?("#{member_selector(user)} .friends-members__added-by", text: added_by.username)
      end

      def has_no_member?(user)
        has_no_css?(member_selector(user))
      end

      # Removing asks first; this says yes.
      def remove_member(user)
        find("#{member_selector(user)} .friends-members__remove").click
        find(".dialog-footer .btn-primary").click
        self
      end

      private

      def chooser
        PageObjects::Components::SelectKit.new(".friends-setup__chooser")
      end

      def category_selector(category)
        ".friends-status__change[data-category-id=\"#{category.id}\"]"
      end

      def member_selector(user)
        ".friends-members__member[data-username=\"#{user.username}\"]"
      end
    end
  end
end
