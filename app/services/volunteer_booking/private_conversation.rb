# frozen_string_literal: true

module VolunteerBooking
  # The private message between the booker and the volunteer who picked
  # the booking up, written by the system user. One per booking: opened on
  # the first pick-up with the time in both people's zones, the intake
  # answers (as plain text) and how to meet. The booker reads it too, so the
  # topic's guide for volunteers is not in it: the volunteer finds it with
  # the booking on their volunteer page (BookingSerializer). Later volunteers
  # (after a release or a hand-over) are added to it and the one who gave
  # the booking away is removed, since the message holds the answers
  # (invariant 3). Organisers' group joins when
  # volunteer_booking_pm_organisers is on. Nothing here raises (SideEffect).
  module PrivateConversation
    def self.picked_up(booking)
      SideEffect.safely("opening the private message of booking #{booking.id}") do
        topic = existing_topic(booking)
        if topic
          add(topic, booking.picker)
          reply(topic, picked_up_note(booking))
        else
          start(booking)
        end
      end
    end

    def self.handed_over(booking, from:, by:)
      SideEffect.safely("handing over the private message of booking #{booking.id}") do
        topic = existing_topic(booking)
        next start(booking) if topic.nil?
        add(topic, booking.picker)
        remove(topic, from)
        handed_over =
          I18n.t(
            "volunteer_booking.private_message.handed_over",
            from: Markup.username(from&.username),
            by: Markup.username(by.username),
            to: Markup.username(booking.picker.username),
          )
        reply(topic, "#{handed_over}\n\n#{picked_up_note(booking)}")
      end
    end

    def self.released(booking, from:)
      SideEffect.safely("noting the release of booking #{booking.id}") do
        topic = existing_topic(booking)
        next if topic.nil?
        remove(topic, from)
        reply(
          topic,
          I18n.t(
            "volunteer_booking.private_message.released",
            username: Markup.username(from&.username),
          ),
        )
      end
    end

    def self.rescheduled(booking)
      note(booking, "rescheduled", time: Markup.local_date(booking.starts_at))
    end

    def self.cancelled(booking)
      note(booking, "cancelled")
    end

    def self.note(booking, key, **params)
      SideEffect.safely("writing #{key} in the private message of booking #{booking.id}") do
        topic = existing_topic(booking)
        next if topic.nil?
        reply(topic, I18n.t("volunteer_booking.private_message.#{key}", **params))
      end
    end

    def self.existing_topic(booking)
      return if booking.pm_topic_id.nil?
      ::Topic.find_by(id: booking.pm_topic_id, archetype: ::Archetype.private_message)
    end

    def self.start(booking)
      booker = booking.booker
      picker = booking.picker
      return if booker.nil? || picker.nil?
      options = {
        title: title(booking),
        raw: body(booking),
        archetype: ::Archetype.private_message,
        subtype: ::TopicSubtype.system_message,
        target_usernames: [booker.username, picker.username].join(","),
        skip_validations: true,
      }
      organisers = organisers_group_name(booking)
      options[:target_group_names] = organisers if organisers
      post = ::PostCreator.create!(::Discourse.system_user, **options)
      booking.update_columns(pm_topic_id: post.topic_id)
      post.topic
    end

    # Invited like anyone added to a message (with its notification); the
    # volunteer holding the booking must be in the conversation whatever
    # their message settings say, so they are added directly otherwise.
    def self.add(topic, user)
      return if user.nil? || topic.topic_allowed_users.exists?(user_id: user.id)
      begin
        topic.invite(::Discourse.system_user, user.username)
      rescue ::Topic::UserExists, ::Topic::NotAllowed, ::Discourse::InvalidAccess
        nil
      end
      topic.topic_allowed_users.find_or_create_by!(user_id: user.id)
    end

    def self.remove(topic, user)
      topic.remove_allowed_user(::Discourse.system_user, user) if user
    end

    def self.reply(topic, raw)
      ::PostCreator.create!(
        ::Discourse.system_user,
        topic_id: topic.id,
        raw: raw,
        skip_validations: true,
      )
    end

    def self.organisers_group_name(booking)
      return if !SiteSetting.volunteer_booking_pm_organisers
      group_id = booking.booking_topic.organiser_group_id
      ::Group.find_by(id: group_id)&.name if group_id
    end

    def self.title(booking)
      I18n.t(
        "volunteer_booking.private_message.title",
        topic_title: booking.topic&.title.to_s.truncate(120),
        date: Markup.wall_time(booking.starts_at, time_zone(booking.booker)),
      )
    end

    def self.body(booking)
      booker = booking.booker
      picker = booking.picker
      booking_topic = booking.booking_topic
      [
        I18n.t(
          "volunteer_booking.private_message.intro",
          booker: Markup.username(booker.username),
          volunteer: Markup.username(picker.username),
          topic: Markup.link(booking.topic&.title.to_s, booking.topic&.url.to_s),
        ),
        "### #{I18n.t("volunteer_booking.private_message.when_heading")}",
        when_lines(booking, [booker, picker]),
        "### #{I18n.t("volunteer_booking.private_message.answers_heading", booker: Markup.username(booker.username))}",
        answers(booking_topic.intake_questions, booking.answers),
        "### #{I18n.t("volunteer_booking.private_message.meeting_heading")}",
        I18n.t(
          "volunteer_booking.private_message.meeting",
          booker: Markup.username(booker.username),
          volunteer: Markup.username(picker.username),
        ),
        I18n.t(
          "volunteer_booking.private_message.guide_pointer",
          volunteer: Markup.username(picker.username),
          url: "#{::Discourse.base_path}/volunteer-booking",
        ),
      ].join("\n\n")
    end

    # The forum date (each reader's own zone) and each person's wall time.
    def self.when_lines(booking, people)
      zones = people.map { |user| time_zone(user) }
      minutes = ((booking.ends_at - booking.starts_at) / 60).round
      lines = [
        I18n.t(
          "volunteer_booking.private_message.when",
          time: Markup.local_date(booking.starts_at, timezones: zones),
          minutes: minutes,
        ),
      ]
      people.each do |user|
        lines << "- " +
          I18n.t(
            "volunteer_booking.private_message.time_for",
            username: Markup.username(user.username),
            time: Markup.wall_time(booking.starts_at, time_zone(user)),
          )
      end
      lines.join("\n")
    end

    # "Label" then the answer quoted, question by question in the topic's
    # order; answers to questions removed since come last under their id.
    def self.answers(questions, answers)
      answers = (answers || {}).to_h.transform_keys(&:to_s)
      return I18n.t("volunteer_booking.private_message.no_answers") if answers.empty?
      labels = Array(questions).to_h { |question| [question["id"].to_s, question["label"].to_s] }
      ordered = labels.keys.select { |id| answers.key?(id) } + (answers.keys - labels.keys)
      ordered
        .map do |id|
          "**#{Markup.escape(labels[id] || id)}**\n#{Markup.quote(answer_text(answers[id]))}"
        end
        .join("\n\n")
    end

    def self.answer_text(value)
      case value
      when true
        I18n.t("volunteer_booking.private_message.yes")
      when false
        I18n.t("volunteer_booking.private_message.no")
      else
        value.to_s.strip.presence || I18n.t("volunteer_booking.private_message.no_answer")
      end
    end

    def self.picked_up_note(booking)
      picker = booking.picker
      [
        I18n.t(
          "volunteer_booking.private_message.picked_up",
          volunteer: Markup.username(picker.username),
        ),
        when_lines(booking, [booking.booker, picker].compact),
      ].join("\n\n")
    end

    def self.time_zone(user)
      user&.user_option&.timezone.presence || "UTC"
    end

    private_class_method :start,
                         :add,
                         :remove,
                         :reply,
                         :organisers_group_name,
                         :title,
                         :body,
                         :when_lines,
                         :answers,
                         :answer_text,
                         :picked_up_note,
                         :time_zone
  end
end
