# frozen_string_literal: true

module VolunteerBooking
  # The private messages of a booking request, written by the system user
  # as PrivateMessage writes a booking's: opened between the requester
  # and the volunteer who takes it, with the windows, the note, the intake
  # answers, a pointer to the guide for volunteers (which the requester must
  # not read, so it stays on the taker's volunteer page) and the link to set
  # the time. Also a note there when the request is given back, handed on,
  # withdrawn or scheduled, and a kind message to the requester alone when
  # it expires. Nothing here raises (SideEffect).
  module RequestPrivateMessage
    def self.taken(booking_request)
      SideEffect.safely("opening the private message of booking request #{booking_request.id}") do
        requester = booking_request.requester
        taker = booking_request.taker
        next if requester.nil? || taker.nil?
        PrivateMessage.create(
          booking_request,
          [requester, taker],
          title: title("taken_title", booking_request),
          raw: body(booking_request, requester, taker),
        )
      end
    end

    # The taker gave it back, or an organiser gave it to someone else: they
    # leave the private message, which says so; the next taker starts afresh.
    def self.left(booking_request, from:)
      note(booking_request, "given_back", username: Markup.username(from&.username)) do |topic|
        PrivateMessage.remove(topic, from)
      end
    end

    def self.withdrawn(booking_request)
      note(booking_request, "withdrawn")
    end

    # The booking the time made meets in this same private message.
    def self.scheduled(booking_request, booking)
      note(booking_request, "scheduled", time: Markup.local_date(booking.starts_at)) do |topic|
        booking.update_columns(private_message_topic_id: topic.id)
      end
    end

    def self.expired(booking_request)
      SideEffect.safely("telling the requester booking request #{booking_request.id} expired") do
        requester = booking_request.requester
        topic = booking_request.topic
        next if requester.nil? || topic.nil?
        ::PostCreator.create!(
          ::Discourse.system_user,
          title: title("expired_title", booking_request),
          raw:
            I18n.t(
              "volunteer_booking.request_message.expired",
              requester: Markup.username(requester.username),
              days: booking_request.booking_topic.request_expiry_days,
              topic: Markup.link(topic.title, topic.url),
            ),
          archetype: ::Archetype.private_message,
          subtype: ::TopicSubtype.system_message,
          target_usernames: requester.username,
          skip_validations: true,
        )
      end
    end

    def self.note(booking_request, key, **params)
      SideEffect.safely(
        "writing #{key} in the private message of booking request #{booking_request.id}",
      ) do
        topic = PrivateMessage.existing_topic(booking_request)
        next if topic.nil?
        yield topic if block_given?
        PrivateMessage.reply(topic, I18n.t("volunteer_booking.request_message.#{key}", **params))
      end
    end

    def self.title(key, booking_request)
      I18n.t(
        "volunteer_booking.request_message.#{key}",
        topic_title: booking_request.topic&.title.to_s.truncate(120),
      )
    end

    def self.body(booking_request, requester, taker)
      topic = booking_request.topic
      people = {
        requester: Markup.username(requester.username),
        volunteer: Markup.username(taker.username),
      }
      [
        I18n.t(
          "volunteer_booking.request_message.intro",
          topic: Markup.link(topic&.title.to_s, topic&.url.to_s),
          **people,
        ),
        "### #{I18n.t("volunteer_booking.request_message.windows_heading")}",
        RequestWindowWords.list(booking_request.windows, booking_request.time_zone),
        "### #{I18n.t("volunteer_booking.request_message.note_heading")}",
        (
          if booking_request.note.present?
            Markup.quote(booking_request.note)
          else
            I18n.t("volunteer_booking.request_message.no_note")
          end
        ),
        "### #{I18n.t("volunteer_booking.private_message.answers_heading", booker: people[:requester])}",
        PrivateMessage.answers(
          booking_request.booking_topic.intake_questions,
          booking_request.answers,
        ),
        I18n.t(
          "volunteer_booking.request_message.set_the_time",
          url: "#{::Discourse.base_path}/volunteer-booking?request=#{booking_request.id}",
          **people,
        ),
      ].join("\n\n")
    end

    private_class_method :note, :title, :body
  end
end
