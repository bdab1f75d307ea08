# frozen_string_literal: true

module VolunteerBooking
  # A booking request's message in its booking topic's chat channel, as
  # Announcement is a booking's: posted by the system user when the request
  # is made (AnnounceBookingRequest), then edited whenever it changes, so
  # its text and its "Offer a time" button follow the request's state.
  #
  #   open                          -> who asks, their windows, the button
  #   taken                         -> "Taken by @name", no button
  #   scheduled, withdrawn, expired -> what became of it, no button
  #   given back                    -> the old message says so and is
  #                                    forgotten; a new one is posted
  #
  # It says who asks, for how long and their windows in words (in the
  # requester's zone, named), never the note or the answers. Nothing here
  # raises (SideEffect), and without chat or a channel it does nothing.
  module RequestAnnouncement
    # Announces an open request that has no message yet, under its row
    # lock, so two jobs for one request cannot both post.
    def self.post(booking_request)
      SideEffect.safely("announcing booking request #{booking_request.id}") do
        BookingRequest.transaction do
          booking_request.lock!
          next if booking_request.announcement_chat_message_id || !booking_request.open?
          channel = ChatBridge.channel(booking_request.booking_topic)
          next if channel.nil?
          message = ChatBridge.post(channel, text(booking_request), blocks: blocks(booking_request))
          booking_request.update_columns(announcement_chat_message_id: message.id)
          message
        end
      end
    end

    # Brings the message in line with the request (taken, reassigned,
    # scheduled, withdrawn, expired).
    def self.refresh(booking_request)
      SideEffect.safely("updating the announcement of booking request #{booking_request.id}") do
        message = Announcement.message_for(booking_request)
        next if message.nil?
        ChatBridge.edit(message, text(booking_request), blocks(booking_request))
      end
    end

    # After a give-back: the old message says who gave it back (nobody: the
    # taker's account went), loses its button and is forgotten, so post
    # announces the request again.
    def self.retire(booking_request, given_back_by:)
      SideEffect.safely("retiring the announcement of booking request #{booking_request.id}") do
        message = Announcement.message_for(booking_request)
        booking_request.update_columns(announcement_chat_message_id: nil)
        next if message.nil?
        note = Announcement.released_note(given_back_by)
        ChatBridge.edit(message, "#{text(booking_request, with_status: false)}\n#{note}", nil)
      end
    end

    # Nobody has taken it for hours: a reply to its message asks again.
    def self.escalate(booking_request, hours:)
      SideEffect.safely("escalating booking request #{booking_request.id} in chat") do
        channel = ChatBridge.channel(booking_request.booking_topic)
        message = Announcement.message_for(booking_request)
        next if channel.nil? || message.nil?
        ChatBridge.post(
          channel,
          I18n.t(
            "volunteer_booking.chat.request_escalation",
            hours: hours,
            requester: requester_name(booking_request),
          ),
          in_reply_to: message,
        )
      end
    end

    def self.text(booking_request, with_status: true)
      topic = booking_request.topic
      lines = [
        I18n.t(
          "volunteer_booking.chat.request",
          requester: requester_name(booking_request),
          topic: Markup.link(topic&.title.to_s, topic&.url.to_s),
          minutes: booking_request.booking_topic.session_minutes,
        ),
        RequestWindowWords.list(booking_request),
      ]
      status = status_line(booking_request) if with_status
      lines << status if status
      lines.join("\n")
    end

    # The "Offer a time" button while the request is open, else none.
    def self.blocks(booking_request)
      return if !booking_request.open?
      [
        {
          "type" => "actions",
          "elements" => [
            {
              "type" => "button",
              "style" => "primary",
              "action_id" => ChatAction.take_request(booking_request.id),
              "text" => {
                "type" => "plain_text",
                "text" => I18n.t("volunteer_booking.chat.offer_a_time"),
              },
            },
          ],
        },
      ]
    end

    # Plain (no @): the requester is named, not pinged.
    def self.requester_name(booking_request)
      Markup.escape(booking_request.requester&.username || I18n.t("volunteer_booking.deleted_user"))
    end

    def self.status_line(booking_request)
      if booking_request.taken?
        I18n.t(
          "volunteer_booking.chat.request_taken",
          username:
            Markup.username(
              booking_request.taker&.username || I18n.t("volunteer_booking.deleted_user"),
            ),
        )
      elsif booking_request.scheduled? && booking_request.booking
        I18n.t(
          "volunteer_booking.chat.request_scheduled",
          time: Markup.local_date(booking_request.booking.starts_at),
        )
      elsif !booking_request.open?
        I18n.t("volunteer_booking.chat.request_#{booking_request.status}")
      end
    end

    private_class_method :text, :blocks, :requester_name, :status_line
  end
end
