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
      return [] if !Friends::ChatAccess.chat_enabled?
      ::Chat::CategoryChannel
        .where(chatable_id: ::Category.post_create_allowed(guardian).select(:id))
        .includes(:chatable)
        .order(:name, :id)
        .limit(limit)
        .select { |channel| chat_channel?(guardian, channel) }
    end

    def self.chat_channel_id?(guardian, id)
      return false if !Friends::ChatAccess.chat_enabled?
      channel = ::Chat::Channel.includes(:chatable).find_by(id: id)
      !channel.nil? && chat_channel?(guardian, channel)
    end

    def self.chat_channel?(guardian, channel)
      channel.category_channel? && guardian.can_join_chat_channel?(channel) &&
        guardian.can_create_channel_message?(channel)
    end
  end
end
