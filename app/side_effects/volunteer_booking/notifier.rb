# frozen_string_literal: true

module VolunteerBooking
  # The plugin's notifications. Discourse has no registry of notification
  # types for plugins, so they are :custom ones; the client shows
  # data.title (a client i18n key) and display_username, and picks the icon
  # "notification.<data.message>".
  #
  # kind   | to                         | display_username   | links to
  # -------|----------------------------|--------------------|------------------------
  # picked_up     | booker              | the volunteer      | the private message
  # handed_over   | the new volunteer   | who handed it over | the private message
  # still_pending | organisers (and the rota when chat is off) | the booker | the booking topic
  # expired       | booker              | "Nobody could take your booking" | the booking topic
  # reminder      | booker and holder   | the other person   | the booking topic
  # cancelled     | booker and holder, but not who cancelled | the other person | the booking topic
  # call_link_changed | booker          | the topic title    | the private message, else the booking topic
  # outcome_reminder | the volunteer holding a session still unmarked a day after it | the booker | the booking topic
  # gaps          | volunteers who chose notify_gaps, for gaps they could fill, once a week | the topic title | the booking topic (its rota)
  #
  # No payload holds a call link: it is an open door to the call. So a
  # booking with a link and a private message is reminded in that message
  # instead (Reminders).
  #
  # display_username may be a ::User: its username is shown and its id kept
  # as named_user_id, so forget_name can take a gone account's name out.
  module Notifier
    KINDS = %i[
      picked_up
      handed_over
      still_pending
      expired
      reminder
      cancelled
      call_link_changed
      outcome_reminder
      gaps
    ].freeze

    def self.message_key(kind)
      "volunteer_booking.notifications.#{kind}"
    end

    def self.title_key(kind)
      "volunteer_booking.notifications.#{kind}_title"
    end

    # topic: where the notification leads (the booking topic by default);
    # extra: more data for the client, e.g. a reminder's hours.
    def self.notify(user, kind, booking:, display_username:, topic: nil, **extra)
      notify_about(
        user,
        kind,
        topic: topic || booking.topic,
        display_username: display_username,
        booking_id: booking.id,
        starts_at: booking.starts_at.utc.iso8601,
        **extra,
      )
    end

    # A notification about a booking topic rather than one booking (gaps).
    def self.notify_about(user, kind, topic:, display_username:, **extra)
      raise ArgumentError, "unknown notification #{kind.inspect}" if !KINDS.include?(kind)
      return if user.nil? || topic.nil?
      if display_username.is_a?(::User)
        extra[:named_user_id] = display_username.id
        display_username = display_username.username
      end
      ::Notification.create!(
        notification_type: ::Notification.types[:custom],
        user_id: user.id,
        topic_id: topic.id,
        post_number: 1,
        data: {
          message: message_key(kind),
          title: title_key(kind),
          display_username: display_username.to_s,
          topic_title: topic.title,
          **extra,
        }.to_json,
      )
    end

    # The plugin's notifications that name user_id (or, for ones written
    # before named_user_id was kept, show username on one of booking_ids)
    # say "a deleted account" instead. Discourse's own rename job only
    # swaps an anonymised name for the new one.
    def self.forget_name(user_id, username: nil, booking_ids: [])
      scope =
        ::Notification.where(notification_type: ::Notification.types[:custom]).where(
          "data::jsonb ->> 'message' LIKE 'volunteer_booking.notifications.%'",
        )
      named = scope.where("data::jsonb ->> 'named_user_id' = ?", user_id.to_s)
      if username.present? && booking_ids.present?
        named =
          named.or(
            scope.where("data::jsonb ->> 'display_username' = ?", username).where(
              "data::jsonb ->> 'booking_id' IN (?)",
              booking_ids.map(&:to_s),
            ),
          )
      end
      named.find_each do |notification|
        data = JSON.parse(notification.data).except("named_user_id")
        data["display_username"] = I18n.t("volunteer_booking.deleted_user")
        notification.update_columns(data: data.to_json)
      end
    end
  end
end
