# frozen_string_literal: true

module VolunteerBooking
  # The words of the chat messages that announce a booking or a booking
  # request (Announcement and RequestAnnouncement post and edit them), from
  # plain facts, so what they say and how user content is escaped is
  # decided here and tested without Discourse.
  #
  # A booking is { topic_title:, topic_url:, starts_at:, ends_at:, booker:,
  # on_duty: [usernames], status:, holder: }, status one of nil (waiting),
  # :picked_up, :cancelled or :expired. A request is { topic_title:,
  # topic_url:, requester:, minutes:, windows:, time_zone:, status:, taker:,
  # scheduled_at: }, status one of BookingRequest's. Usernames may be nil
  # (a deleted account); titles and urls too (a deleted topic).
  #
  # Times are forum local dates, so each reader sees their own zone; a
  # request's windows are written in the requester's zone, named.
  module AnnouncementText
    def self.booking(booking, with_status: true)
      lines = [
        I18n.t(
          "volunteer_booking.chat.announcement",
          topic: topic_link(booking),
          time: Markup.local_date(booking[:starts_at]),
          minutes: ((booking[:ends_at] - booking[:starts_at]) / 60).round,
          booker: plain_name(booking[:booker]),
        ),
        rota_line(booking[:on_duty]),
      ]
      status = booking_status(booking) if with_status
      lines << status if status
      lines.join("\n")
    end

    def self.request(request, with_status: true)
      lines = [
        I18n.t(
          "volunteer_booking.chat.request",
          requester: plain_name(request[:requester]),
          topic: topic_link(request),
          minutes: request[:minutes],
        ),
        RequestWindowWords.list(request[:windows], request[:time_zone]),
      ]
      status = request_status(request) if with_status
      lines << status if status
      lines.join("\n")
    end

    # A booking's or a request's old message once it was given back:
    # its text without a status, then who gave it back (nil: the volunteer
    # could no longer take it).
    def self.retired(text, given_back_by)
      note =
        if given_back_by
          I18n.t("volunteer_booking.chat.released", username: Markup.username(given_back_by))
        else
          I18n.t("volunteer_booking.chat.volunteer_left")
        end
      "#{text}\n#{note}"
    end

    # Nobody picked the booking up for hours: mentions (usernames) are the
    # volunteers on the rota, pinged.
    def self.escalation(booking, mentions:, hours:)
      ask =
        if mentions.empty?
          I18n.t("volunteer_booking.chat.escalation_nobody")
        else
          I18n.t(
            "volunteer_booking.chat.escalation_mentions",
            mentions: mentions.map { |name| "@#{Markup.username(name)}" }.join(" "),
          )
        end
      [
        I18n.t(
          "volunteer_booking.chat.escalation",
          hours: hours,
          booker: plain_name(booking[:booker]),
          time: Markup.local_date(booking[:starts_at]),
          topic: topic_link(booking),
        ),
        ask,
      ].join("\n")
    end

    def self.request_escalation(request, hours:)
      I18n.t(
        "volunteer_booking.chat.request_escalation",
        hours: hours,
        requester: plain_name(request[:requester]),
      )
    end

    # The message's one button ("Pick up", "Offer a time") while the
    # booking or request can be taken, else none.
    def self.button_blocks(action_id, label_key, shown:)
      return if !shown
      ChatAction.blocks([ChatAction.button(action_id, I18n.t(label_key))])
    end

    def self.booking_status(booking)
      case booking[:status]
      when :picked_up
        I18n.t("volunteer_booking.chat.picked_up", username: mention_name(booking[:holder]))
      when :cancelled, :expired
        I18n.t("volunteer_booking.chat.#{booking[:status]}")
      end
    end

    def self.request_status(request)
      status = request[:status].to_s
      if status == "taken"
        I18n.t("volunteer_booking.chat.request_taken", username: mention_name(request[:taker]))
      elsif status == "scheduled" && request[:scheduled_at]
        I18n.t(
          "volunteer_booking.chat.request_scheduled",
          time: Markup.local_date(request[:scheduled_at]),
        )
      elsif status != "open"
        I18n.t("volunteer_booking.chat.request_#{status}")
      end
    end

    def self.rota_line(usernames)
      return I18n.t("volunteer_booking.chat.nobody_on_rota") if usernames.empty?
      I18n.t(
        "volunteer_booking.chat.on_rota",
        usernames: usernames.map { |name| Markup.escape(name) }.join(", "),
      )
    end

    def self.topic_link(facts)
      Markup.link(facts[:topic_title].to_s, facts[:topic_url].to_s)
    end

    # Plain (no @): the person is named, not pinged.
    def self.plain_name(username)
      Markup.escape(username || I18n.t("volunteer_booking.deleted_user"))
    end

    # Written after the text's own "@".
    def self.mention_name(username)
      Markup.username(username || I18n.t("volunteer_booking.deleted_user"))
    end

    private_class_method :booking_status,
                         :request_status,
                         :rota_line,
                         :topic_link,
                         :plain_name,
                         :mention_name
  end
end
