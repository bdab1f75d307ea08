# frozen_string_literal: true

module VolunteerBooking
  # A booking request's message in its booking topic's chat channel, as
  # Announcement is a booking's (AnnouncedMessage): posted by the system
  # user when the request is made (AnnounceBookingRequest), then edited
  # whenever it changes, so its text and its "Offer a time" button follow
  # the request's state.
  #
  #   open                          -> who asks, their windows, the button
  #   taken                         -> "Taken by @name", no button
  #   scheduled, withdrawn, expired -> what became of it, no button
  #   given back                    -> the old message says so and is
  #                                    forgotten; a new one is posted
  #
  # It says who asks, for how long and their windows in words
  # (AnnouncementText), never the note or the answers. Nothing here
  # raises (SideEffect), and without chat or a channel it does nothing.
  module RequestAnnouncement
    extend AnnouncedMessage

    # After a give-back: given_back_by, or nil when the taker's account went.
    def self.retire(booking_request, given_back_by:)
      retire_message(booking_request, given_back_by)
    end

    # Nobody has taken it for hours: a reply to its message asks again.
    def self.escalate(booking_request, hours:)
      SideEffect.safely("escalating booking request #{booking_request.id} in chat") do
        channel = ChatBridge.channel(booking_request.booking_topic)
        message = message_for(booking_request)
        next if channel.nil? || message.nil?
        ChatBridge.post(
          channel,
          AnnouncementText.request_escalation(facts(booking_request), hours: hours),
          in_reply_to: message,
        )
      end
    end

    def self.label
      "booking request"
    end

    def self.announceable?(booking_request)
      booking_request.open?
    end

    def self.text(booking_request, with_status: true)
      AnnouncementText.request(facts(booking_request), with_status: with_status)
    end

    def self.action_id(booking_request)
      ChatAction.take_request(booking_request.id)
    end

    def self.button_label
      "volunteer_booking.chat.offer_a_time"
    end

    # What AnnouncementText needs to know of the request.
    def self.facts(booking_request)
      topic_facts(booking_request).merge(
        requester: booking_request.requester&.username,
        minutes: booking_request.booking_topic.session_minutes,
        windows: booking_request.windows,
        time_zone: booking_request.time_zone,
        status: booking_request.status,
        taker: booking_request.taker&.username,
        scheduled_at: booking_request.booking&.starts_at,
      )
    end

    private_class_method :label, :announceable?, :text, :action_id, :button_label, :facts
  end
end
