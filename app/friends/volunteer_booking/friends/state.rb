# frozen_string_literal: true

module VolunteerBooking
  module Friends
    # Everything the admin's Friends tab shows (FriendsStateSerializer).
    State =
      Struct.new(
        :chat_enabled,
        :group,
        :group_name,
        :group_full_name,
        :chat_allowed,
        :channels,
        :changes,
        :plan_digest,
        :members,
        :pending_requests,
        keyword_init: true,
      ) do
        def self.current
          friends = Group.find
          channels = ChatAccess.channels(friends)
          changes = ChatAccess.changes(friends, channels)
          new(
            chat_enabled: ChatBridge.available?,
            group: friends,
            group_name: Group.configured_name,
            group_full_name: Group.configured_full_name,
            chat_allowed: ChatBridge.allowed?(friends),
            channels: channels,
            changes: changes,
            plan_digest: FriendsPlan.digest(changes),
            members: Group.members(friends),
            pending_requests: friends ? ::GroupRequest.where(group_id: friends.id).count : 0,
          )
        end
      end
  end
end
