# frozen_string_literal: true

module VolunteerBooking
  # The life of a record's message in its booking topic's chat channel,
  # shared by a booking's (Announcement) and a booking request's
  # (RequestAnnouncement): posted once, edited as the record changes,
  # retired when it is given back. The module extending this says what
  # the message reads (text), when the record may be announced and taken
  # up with its one button (announceable?, action_id, button_label) and
  # what it is called in the log (label). Nothing here raises (SideEffect).
  module AnnouncedMessage
    # Announces a record that has no message yet, under its row lock, so
    # two jobs for one record (a release right after the booking, a retry)
    # cannot both post: one record, at most one live message. Returns the
    # message, or nil.
    def post(record)
      SideEffect.safely("announcing #{label} #{record.id}") do
        record.class.transaction do
          record.lock!
          next if record.announcement_chat_message_id || !announceable?(record)
          channel = ChatBridge.channel(record.booking_topic)
          next if channel.nil?
          message = ChatBridge.post(channel, text(record), blocks: blocks(record))
          record.update_columns(announcement_chat_message_id: message.id)
          message
        end
      end
    end

    # Brings the message in line with the record. Returns it, or nil.
    def refresh(record)
      SideEffect.safely("updating the announcement of #{label} #{record.id}") do
        message = message_for(record)
        next if message.nil?
        ChatBridge.edit(message, text(record), blocks(record))
      end
    end

    # The old message says who gave the record back (nil: nobody, the
    # volunteer could no longer take it), loses its button and is
    # forgotten, so post announces the record again.
    def retire_message(record, given_back_by)
      SideEffect.safely("retiring the announcement of #{label} #{record.id}") do
        message = message_for(record)
        record.update_columns(announcement_chat_message_id: nil)
        next if message.nil?
        raw = AnnouncementText.retired(text(record, with_status: false), given_back_by&.username)
        ChatBridge.edit(message, raw, nil)
      end
    end

    def message_for(record)
      ChatBridge.message(record.announcement_chat_message_id)
    end

    # The button while the record can be taken up, else none.
    def blocks(record)
      AnnouncementText.button_blocks(action_id(record), button_label, shown: announceable?(record))
    end

    def topic_facts(record)
      topic = record.topic
      { topic_title: topic&.title, topic_url: topic&.url }
    end
  end
end
