# frozen_string_literal: true

module VolunteerBooking
  # Takes someone out of the Friends group, logged in the group's log. Their
  # bookings, rota entries and chat messages stay; chat takes them out of
  # channels they can no longer reach, and the rota flags their entries to
  # organisers (RotaAccess). Someone not in the group is left as they are.
  class RemoveFriend
    include Service::Base
    include FriendsSteps

    params(base_class: StrictParams) do
      attribute :user_id, :integer

      validates :user_id, presence: true
    end

    policy :can_manage_friends
    step :find_group
    model :user

    transaction { step :remove_user }

    model :state, :fetch_state

    private

    def fetch_user(params:)
      ::User.find_by(id: params.user_id)
    end

    def remove_user(group:, user:, guardian:)
      return if !group.remove(user)
      ::GroupActionLogger.new(guardian.user, group).log_remove_user_from_group(user)
    end
  end
end
