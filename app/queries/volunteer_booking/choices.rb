# frozen_string_literal: true

module VolunteerBooking
  # The one home of what an organiser may pick in a booking topic's
  # settings: what the settings screen offers (FetchBookingTopicSettings)
  # and what saving accepts (ConfigureBookingTopic, through SettingChoices).
  module Choices
    # Groups the organiser can see and whose members they can see (the
    # rota shows them), without the ones every user of a trust level is in;
    # at most limit of them, by name, or only those among ids.
    def self.groups(guardian, limit: nil, ids: nil)
      groups = ::Group.visible_groups(guardian.user).where.not(id: automatic_group_ids).order(:name)
      groups = groups.where(id: ids) if ids
      groups = groups.limit(limit) if limit
      groups.select { |group| guardian.can_see_group_members?(group) }
    end

    def self.automatic_group_ids
      [::Group::AUTO_GROUPS[:everyone], *::Group.trust_group_ids]
    end

    # Category channels the organiser can join and post in (so can the
    # system user, which posts the announcements there); never a direct
    # message channel. At most limit of them, by name.
    def self.chat_channels(guardian, limit:)
      ChatBridge
        .category_channels_in(::Category.post_create_allowed(guardian), limit: limit)
        .select { |channel| ChatBridge.postable?(guardian, channel) }
    end

    def self.chat_channel_id?(guardian, id)
      channel = ChatBridge.find_channel(id)
      !channel.nil? && ChatBridge.postable?(guardian, channel)
    end
  end
end
