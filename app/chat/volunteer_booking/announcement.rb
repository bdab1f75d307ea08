# frozen_string_literal: true

module VolunteerBooking
  # A booking's message in its booking topic's chat channel, the one place
  # that writes it: posted by the system user through chat's SDK when the
  # booking is made, then edited in place whenever the booking changes, so
  # its text and its "Pick up" button always follow the booking's state.
  #
  #   pending, not started -> the announcement and a "Pick up" button
  #   claimed/held/no_show -> "Picked up by @name", no button
  #   cancelled            -> "Cancelled" (or "nobody picked it up"), no button
  #   released             -> the old message says so without a button and is
  #                           forgotten; a new announcement is posted
  #
  # The message says when (forum local dates: each reader sees their own
  # zone), who booked, where, and who is on the rota; never the intake
  # answers. Nothing here raises: without chat, with chat disabled or
  # without a channel for the topic, it does nothing, and any error is
  # logged (SideEffect), so chat can never break booking.
  module Announcement
    # Announces a pending booking that has no announcement yet. Returns the
    # Chat::Message, or nil. Decided under the booking's row lock, so two
    # jobs for one booking (a release right after the booking, a retry)
    # cannot both post: one booking, at most one live announcement.
    def self.post(booking)
      SideEffect.safely("announcing booking #{booking.id}") do
        Booking.transaction do
          booking.lock!
          next if booking.announcement_chat_message_id || !booking.can_be_picked_up?(Time.current)
          channel = ChatBridge.channel(booking.booking_topic)
          next if channel.nil?
          message = ChatBridge.post(channel, text(booking), blocks: blocks(booking))
          booking.update_columns(announcement_chat_message_id: message.id)
          message
        end
      end
    end

    # Brings the message in line with the booking (after pick-up, hand-over,
    # cancelling, rescheduling, expiry). Returns the message, or nil.
    def self.refresh(booking)
      SideEffect.safely("updating the announcement of booking #{booking.id}") do
        message = message_for(booking)
        next if message.nil?
        ChatBridge.edit(message, text(booking), blocks(booking))
      end
    end

    # After a release: the old message says who gave it back (nobody: the
    # volunteer lost access), loses its button and is forgotten, so that
    # post announces the booking again.
    def self.retire(booking, released_by:)
      SideEffect.safely("retiring the announcement of booking #{booking.id}") do
        message = message_for(booking)
        booking.update_columns(announcement_chat_message_id: nil)
        next if message.nil?
        ChatBridge.edit(
          message,
          "#{text(booking, with_status: false)}\n#{released_note(released_by)}",
          nil,
        )
      end
    end

    # Who gave it back, or that the volunteer could no longer take it (nil):
    # a booking's or a request's old message ends with it.
    def self.released_note(released_by)
      if released_by
        I18n.t("volunteer_booking.chat.released", username: Markup.username(released_by.username))
      else
        I18n.t("volunteer_booking.chat.volunteer_left")
      end
    end

    # Reminds the volunteers on the rota, with @mentions, in reply to the
    # announcement. Returns the new message, or nil without a channel.
    def self.escalate(booking, volunteers, hours:)
      SideEffect.safely("escalating booking #{booking.id} in chat") do
        channel = ChatBridge.channel(booking.booking_topic)
        next if channel.nil?
        ChatBridge.post(
          channel,
          escalation_text(booking, volunteers, hours),
          in_reply_to: message_for(booking),
        )
      end
    end

    # A booking's or a booking request's message, or nil.
    def self.message_for(booking)
      ChatBridge.message(booking.announcement_chat_message_id)
    end

    def self.text(booking, with_status: true)
      lines = [headline(booking), rota_line(booking)]
      status = status_line(booking) if with_status
      lines << status if status
      lines.join("\n")
    end

    # One button while the booking can be picked up, else none.
    def self.blocks(booking)
      return if !booking.can_be_picked_up?(Time.current)
      [
        {
          "type" => "actions",
          "elements" => [
            {
              "type" => "button",
              "style" => "primary",
              "action_id" => ChatAction.pick_up(booking.id),
              "text" => {
                "type" => "plain_text",
                "text" => I18n.t("volunteer_booking.chat.pick_up"),
              },
            },
          ],
        },
      ]
    end

    def self.headline(booking)
      topic = booking.topic
      I18n.t(
        "volunteer_booking.chat.announcement",
        topic: Markup.link(topic&.title.to_s, topic&.url.to_s),
        time: Markup.local_date(booking.starts_at),
        minutes: ((booking.ends_at - booking.starts_at) / 60).round,
        booker: booker_name(booking),
      )
    end

    # Plain (no @): the booker is named, not pinged.
    def self.booker_name(booking)
      Markup.escape(booking.booker&.username || I18n.t("volunteer_booking.deleted_user"))
    end

    def self.rota_line(booking)
      volunteers = OnDuty.volunteers(booking)
      return I18n.t("volunteer_booking.chat.nobody_on_rota") if volunteers.empty?
      I18n.t(
        "volunteer_booking.chat.on_rota",
        usernames: volunteers.map { |user| Markup.escape(user.username) }.join(", "),
      )
    end

    def self.status_line(booking)
      if booking.picker_id && !booking.cancelled?
        I18n.t(
          "volunteer_booking.chat.picked_up",
          username:
            Markup.username(booking.picker&.username || I18n.t("volunteer_booking.deleted_user")),
        )
      elsif booking.cancelled?
        I18n.t(
          booking.expired? ? "volunteer_booking.chat.expired" : "volunteer_booking.chat.cancelled",
        )
      end
    end

    def self.escalation_text(booking, volunteers, hours)
      topic = booking.topic
      lines = [
        I18n.t(
          "volunteer_booking.chat.escalation",
          hours: hours,
          booker: booker_name(booking),
          time: Markup.local_date(booking.starts_at),
          topic: Markup.link(topic&.title.to_s, topic&.url.to_s),
        ),
      ]
      lines << if volunteers.empty?
        I18n.t("volunteer_booking.chat.escalation_nobody")
      else
        I18n.t(
          "volunteer_booking.chat.escalation_mentions",
          mentions: volunteers.map { |user| "@#{Markup.username(user.username)}" }.join(" "),
        )
      end
      lines.join("\n")
    end

    private_class_method :headline, :booker_name, :rota_line, :status_line, :escalation_text
  end
end
