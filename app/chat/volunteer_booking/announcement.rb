# frozen_string_literal: true

module VolunteerBooking
  # A booking's message in its booking topic's chat channel, the one place
  # that writes it (AnnouncedMessage): posted by the system user when the
  # booking is made, then edited in place whenever the booking changes, so
  # its text and its "Pick up" button always follow the booking's state.
  #
  #   pending, not started -> the announcement and a "Pick up" button
  #   picked up/held/no_show -> "Picked up by @name", no button
  #   cancelled            -> "Cancelled" (or "nobody picked it up"), no button
  #   released             -> the old message says so without a button and is
  #                           forgotten; a new announcement is posted
  #
  # The message says when, who booked, where, and who is on the rota
  # (AnnouncementText); never the intake answers. Nothing here raises: without chat, with chat disabled or
  # without a channel for the topic, it does nothing, and any error is
  # logged (SideEffect), so chat can never break booking.
  module Announcement
    extend AnnouncedMessage

    # After a release: released_by gave it back, or nil when the volunteer
    # lost access.
    def self.retire(booking, released_by:)
      retire_message(booking, released_by)
    end

    # Reminds the volunteers on the rota, with @mentions, in reply to the
    # announcement. Returns the new message, or nil without a channel.
    def self.escalate(booking, volunteers, hours:)
      SideEffect.safely("escalating booking #{booking.id} in chat") do
        channel = ChatBridge.channel(booking.booking_topic)
        next if channel.nil?
        ChatBridge.post(
          channel,
          AnnouncementText.escalation(
            facts(booking),
            mentions: volunteers.map(&:username),
            hours: hours,
          ),
          in_reply_to: message_for(booking),
        )
      end
    end

    def self.label
      "booking"
    end

    def self.announceable?(booking)
      booking.can_be_picked_up?(Time.current)
    end

    def self.text(booking, with_status: true)
      on_duty = OnDuty.volunteers(booking).map(&:username)
      AnnouncementText.booking(facts(booking).merge(on_duty: on_duty), with_status: with_status)
    end

    def self.action_id(booking)
      ChatAction.pick_up(booking.id)
    end

    def self.button_label
      "volunteer_booking.chat.pick_up"
    end

    # What AnnouncementText needs to know of the booking.
    def self.facts(booking)
      topic_facts(booking).merge(
        starts_at: booking.starts_at,
        ends_at: booking.ends_at,
        booker: booking.booker&.username,
        status: status(booking),
        holder: booking.holder&.username,
      )
    end

    def self.status(booking)
      if booking.cancelled?
        booking.expired? ? :expired : :cancelled
      elsif booking.holder_id
        :picked_up
      end
    end

    private_class_method :label, :announceable?, :text, :action_id, :button_label, :facts, :status
  end
end
