# frozen_string_literal: true

module VolunteerBooking
  # api-types.ts FriendsState: a Friends::State for the admin's Friends tab.
  class FriendsStateSerializer < ::ApplicationSerializer
    attributes :chat_enabled,
               :group,
               :group_name,
               :group_full_name,
               :chat_allowed,
               :channels,
               :changes,
               :plan_digest,
               :members

    def chat_enabled
      object.chat_enabled
    end

    def group
      group = object.group
      return if group.nil?
      {
        id: group.id,
        name: group.name,
        full_name: group.full_name.presence,
        user_count: group.user_count,
        allow_membership_requests: group.allow_membership_requests,
        pending_requests: object.pending_requests,
      }
    end

    def group_name
      object.group_name
    end

    def group_full_name
      object.group_full_name
    end

    def chat_allowed
      object.chat_allowed
    end

    def channels
      object.channels.map do |channel|
        {
          id: channel.channel.id,
          name: channel.channel.name.presence || channel.category.name,
          category_id: channel.category.id,
          category_name: channel.category.name,
          reachable: channel.reachable,
        }
      end
    end

    def changes
      object.changes
    end

    def plan_digest
      object.plan_digest
    end

    def members
      object.members.map do |member|
        FriendMemberSerializer.new(member, scope: scope, root: false).as_json
      end
    end
  end
end
