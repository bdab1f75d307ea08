# frozen_string_literal: true

module VolunteerBooking
  # Steps shared by the admin's Friends services: only admins (moderators
  # included in "staff" are not enough: Friends grants chat site-wide), the
  # Friends group once it exists, and the state the admin page shows after
  # each action.
  module FriendsSteps
    private

    def can_manage_friends(guardian:)
      guardian.is_admin?
    end

    def find_group
      context[:group] = Friends::Group.find
      fail!(I18n.t("volunteer_booking.errors.friends_not_set_up")) if context[:group].nil?
    end

    def fetch_state
      Friends::State.current
    end
  end
end
