# frozen_string_literal: true

module VolunteerBooking
  # Adds people to the Friends group, by username: one Discourse group
  # addition each, logged in the group's log with the admin as the one who
  # added them, so chat lets them in at once and they get the welcome
  # message. People already in the group are left as they are.
  class AddFriends
    include Service::Base
    include FriendsSteps

    MAX_USERNAMES = Limits.count(:friends_added_at_once)

    params(base_class: StrictParams) do
      attribute :usernames, :array

      validates :usernames, presence: true, length: { maximum: MAX_USERNAMES }
    end

    policy :can_manage_friends
    step :find_group
    step :find_users

    transaction { step :add_users }

    model :state, :fetch_state

    private

    def find_users(params:)
      wanted = params.usernames.map { |username| username.to_s.downcase }.compact_blank.uniq
      users = ::User.human_users.where(username_lower: wanted).to_a
      missing = wanted - users.map(&:username_lower)
      if missing.any?
        fail!(I18n.t("volunteer_booking.errors.users_unknown", usernames: missing.join(", ")))
      end
      context[:users] = users
    end

    def add_users(group:, users:, guardian:)
      members = ::GroupUser.where(group_id: group.id, user_id: users.map(&:id)).pluck(:user_id)
      logger = ::GroupActionLogger.new(guardian.user, group)
      context[:added] = users.reject { |user| members.include?(user.id) }
      context[:added].each do |user|
        group.add(user)
        logger.log_add_user_to_group(user)
      end
    end
  end
end
