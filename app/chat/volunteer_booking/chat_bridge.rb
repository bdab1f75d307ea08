# frozen_string_literal: true

module VolunteerBooking
  # The one place that talks to Discourse's chat plugin: whether chat is
  # there at all, channel and message lookups, posting, editing, notices,
  # who may join a channel and which groups may chat. Everything else asks
  # here, so a site without chat, or with chat switched off, is one answer:
  # no channel, no message, nothing sent.
  module ChatBridge
    # Chat is installed (its classes are loaded) and switched on.
    def self.available?
      return false if !defined?(::Chat::Channel) || !defined?(::ChatSDK::Message)
      SiteSetting.respond_to?(:chat_enabled) && SiteSetting.chat_enabled ? true : false
    end

    # The booking topic's chat channel, or nil.
    def self.channel(booking_topic)
      return if !available? || booking_topic&.chat_channel_id.nil?
      ::Chat::Channel.find_by(id: booking_topic.chat_channel_id)
    end

    def self.channel?(booking_topic)
      !channel(booking_topic).nil?
    end

    # A channel with its category, by id, or nil.
    def self.find_channel(id)
      return if !available?
      ::Chat::Channel.includes(:chatable).find_by(id: id)
    end

    # Category channels in categories (a relation of them), by name; none
    # without chat.
    def self.category_channels_in(categories, limit:)
      return [] if !available?
      ::Chat::CategoryChannel
        .where(chatable_id: categories.select(:id))
        .includes(:chatable)
        .order(:name, :id)
        .limit(limit)
        .to_a
    end

    # The category channels among ids, with their categories' groups.
    def self.category_channels(ids)
      return [] if !available?
      ::Chat::CategoryChannel
        .where(id: ids)
        .includes(chatable: { category_groups: :group })
        .order(:id)
        .to_a
    end

    def self.message(id)
      return if !available? || id.nil?
      ::Chat::Message.find_by(id: id)
    end

    # A new message from the system user, which chat adds to the channel
    # (a bot needs no membership). in_reply_to: a message it answers, only
    # when that one is in the same channel.
    def self.post(channel, raw, blocks: nil, in_reply_to: nil)
      ::ChatSDK::Message.create(
        raw: raw,
        channel_id: channel.id,
        guardian: ::Discourse.system_user.guardian,
        in_reply_to_id: in_reply_to&.chat_channel_id == channel.id ? in_reply_to.id : nil,
        blocks: blocks,
      )
    end

    # Not through chat's Chat::UpdateMessage: its params have no blocks, so
    # it cannot take a button away, and its ProcessMessage job would notify
    # an "@volunteer" of a status line as a new mention on every edit. A
    # state line of a system message needs no revisions either. What other
    # listeners (webhooks, plugins) rely on is kept: the clients' edit
    # message and the :chat_message_edited event it triggers.
    def self.edit(message, raw, blocks)
      message.message = raw
      message.blocks = blocks
      message.cook
      message.save!
      ::Chat::Publisher.publish_edit!(message.chat_channel, message.reload)
      DiscourseEvent.trigger(:chat_message_edited, message, message.chat_channel, message.user)
      message
    end

    # Plain text shown to user alone, in the channel of message.
    def self.notice(user, message, text)
      ::Chat::Publisher.publish_notice(
        user_id: user.id,
        channel_id: message.chat_channel_id,
        text_content: text,
      )
    end

    def self.can_join?(guardian, channel)
      guardian.can_join_chat_channel?(channel)
    end

    # A category channel that guardian's user can join and post in.
    def self.postable?(guardian, channel)
      channel.category_channel? && can_join?(guardian, channel) &&
        guardian.can_create_channel_message?(channel)
    end

    # The group's members may chat (chat_allowed_groups has it, or everyone).
    def self.allowed?(group)
      return false if group.nil? || !available?
      allowed = SiteSetting.chat_allowed_groups_map
      allowed.include?(group.id) || allowed.include?(::Group::AUTO_GROUPS[:everyone])
    end

    # Adds group to chat_allowed_groups, keeping every group there, through
    # the logged path, so the change is in the staff action log.
    def self.allow(group, acting_user)
      return if allowed?(group)
      SiteSetting.set_and_log(
        :chat_allowed_groups,
        (SiteSetting.chat_allowed_groups_map | [group.id]).join("|"),
        acting_user,
      )
    end

    # Saving a category does not tell chat (only the categories controller
    # does), so members join its channels now rather than at chat's next
    # hourly pass.
    def self.join_category_channels(category)
      ::Chat::AutoJoinChannels.call(params: { category_id: category.id })
    end
  end
end
