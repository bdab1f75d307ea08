# frozen_string_literal: true

module VolunteerBooking
  # The private message between the booker and the volunteer holding the
  # booking, written by the system user: opened on pick-up with the time in
  # both people's zones, the intake answers (as plain text) and how to meet.
  # The booker reads it too, so the topic's guide for volunteers is not in
  # it: the volunteer finds it with the booking on their volunteer page
  # (BookingSerializer). Organisers' group joins when
  # volunteer_booking_private_message_organisers is on. Nothing here raises (SideEffect).
  #
  # A volunteer who takes the booking over (a pick-up after a release, or a
  # hand-over) gets a fresh message with the booker, not the earlier
  # volunteer's private message. That one stays with the booker, without the
  # earlier volunteer, and its first post gives up the answers for a link
  # to the new message: the answers are only ever in the booking's current
  # message (booking.private_message_topic_id), the one the volunteer holding it is in
  # (invariant 3, docs/invariants.md).
  module PrivateMessage
    def self.picked_up(booking)
      SideEffect.safely("opening the private message of booking #{booking.id}") do
        take_over(booking)
      end
    end

    def self.handed_over(booking, from:, by:)
      SideEffect.safely("handing over the private message of booking #{booking.id}") do
        lead =
          I18n.t(
            "volunteer_booking.private_message.handed_over",
            from: Markup.username(from&.username),
            by: Markup.username(by.username),
            to: Markup.username(booking.holder.username),
          )
        take_over(booking, from: from, lead: lead)
      end
    end

    # lost_access: the volunteer gave nothing back themselves; their account
    # went or they left the volunteer groups.
    def self.released(booking, from:, lost_access: false)
      SideEffect.safely("noting the release of booking #{booking.id}") do
        topic = existing_topic(booking)
        next if topic.nil?
        remove(topic, from)
        note =
          if lost_access
            I18n.t("volunteer_booking.private_message.volunteer_left")
          else
            I18n.t(
              "volunteer_booking.private_message.released",
              username: Markup.username(from&.username),
            )
          end
        if booking.booking_topic.volunteer_links?
          note = "#{note} #{I18n.t("volunteer_booking.private_message.call_link_released")}"
        end
        reply(topic, note)
      end
    end

    # The booker's account went: the first post of the booking's current
    # message (the only one that holds the answers) gives them up for good.
    def self.answers_removed(booking)
      SideEffect.safely("removing the answers from the private message of booking #{booking.id}") do
        topic = existing_topic(booking)
        if topic
          rewrite_first_post(topic, I18n.t("volunteer_booking.private_message.answers_removed"))
        end
      end
    end

    def self.rescheduled(booking)
      note(booking, "rescheduled", time: Markup.local_date(booking.starts_at))
    end

    def self.cancelled(booking)
      note(booking, "cancelled")
    end

    # The booking's call link changed (a fresh one, or another volunteer's
    # own): the booker reads the new one here.
    def self.call_link_changed(booking)
      if booking.call_link.nil?
        note(booking, "call_link_removed")
      else
        note(booking, "call_link_changed", link: call_link(booking))
      end
    end

    # A reminder that gives the call link, for the two people in the
    # private message. The post, or nil when there is no message to write in.
    def self.reminder(booking, hours:)
      say(
        booking,
        I18n.t(
          "volunteer_booking.private_message.reminder_call_link",
          count: hours,
          time: Markup.local_date(booking.starts_at),
          link: call_link(booking),
        ),
        what: "the reminder",
      )
    end

    def self.note(booking, key, **params)
      say(booking, I18n.t("volunteer_booking.private_message.#{key}", **params), what: key)
    end

    # After the session (FollowUps): the booker's thank-you or no-show note.
    def self.follow_up(booking)
      say(booking, FollowUpMessage.raw(booking), what: "the follow-up")
    end

    def self.say(booking, raw, what:)
      SideEffect.safely("writing #{what} in the private message of booking #{booking.id}") do
        topic = existing_topic(booking)
        next if topic.nil?
        reply(topic, raw)
      end
    end

    def self.take_over(booking, from: nil, lead: nil)
      previous = existing_topic(booking)
      remove(previous, from) if previous
      topic = start(booking, lead: lead)
      retire(previous, topic) if previous && topic
      topic
    end

    def self.existing_topic(booking)
      return if booking.private_message_topic_id.nil?
      ::Topic.find_by(id: booking.private_message_topic_id, archetype: ::Archetype.private_message)
    end

    def self.start(booking, lead: nil)
      booker = booking.booker
      holder = booking.holder
      return if booker.nil? || holder.nil?
      create(
        booking,
        [booker, holder],
        title: title(booking),
        raw: [lead, body(booking)].compact.join("\n\n"),
      )
    end

    # A new private message from the system user to people (and the
    # topic's organisers, if the site wants them in it), kept as record's
    # private_message_topic_id. Returns its topic.
    def self.create(record, people, title:, raw:)
      options = {
        title: title,
        raw: raw,
        archetype: ::Archetype.private_message,
        subtype: ::TopicSubtype.system_message,
        target_usernames: people.map(&:username).join(","),
        skip_validations: true,
      }
      organisers = organisers_group_name(record)
      options[:target_group_names] = organisers if organisers
      post = ::PostCreator.create!(::Discourse.system_user, **options)
      record.update_columns(private_message_topic_id: post.topic_id)
      post.topic
    end

    def self.retire(previous, successor)
      rewrite_first_post(
        previous,
        I18n.t(
          "volunteer_booking.private_message.moved",
          link: Markup.link(successor.title, successor.relative_url),
        ),
      )
    end

    # No revision is kept, so what the post said leaves it for good.
    def self.rewrite_first_post(topic, raw)
      first_post = topic.first_post
      return if first_post.nil?
      ::PostRevisor.new(first_post, topic).revise!(
        ::Discourse.system_user,
        { raw: raw },
        skip_validations: true,
        skip_revision: true,
        bypass_bump: true,
        bypass_rate_limiter: true,
      )
    end

    # existing_topic, create, remove, reply, organisers_group_name and
    # answers serve a booking request's private message too
    # (RequestPrivateMessage).
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
      return if !SiteSetting.volunteer_booking_private_message_organisers
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
      holder = booking.holder
      booking_topic = booking.booking_topic
      [
        I18n.t(
          "volunteer_booking.private_message.intro",
          booker: Markup.username(booker.username),
          volunteer: Markup.username(holder.username),
          topic: Markup.link(booking.topic&.title.to_s, booking.topic&.url.to_s),
        ),
        "### #{I18n.t("volunteer_booking.private_message.when_heading")}",
        when_lines(booking, [booker, holder]),
        "### #{I18n.t("volunteer_booking.private_message.answers_heading", booker: Markup.username(booker.username))}",
        answers(booking_topic.intake_questions, booking.answers),
        "### #{I18n.t("volunteer_booking.private_message.meeting_heading")}",
        meeting(booking),
        I18n.t(
          "volunteer_booking.private_message.guide_pointer",
          volunteer: Markup.username(holder.username),
          url: "#{::Discourse.base_path}/volunteer-booking",
        ),
      ].join("\n\n")
    end

    # Where to meet: the booking's call link once it has one, or the two
    # arrange it here.
    def self.meeting(booking)
      people = {
        booker: Markup.username(booking.booker.username),
        volunteer: Markup.username(booking.holder.username),
      }
      return I18n.t("volunteer_booking.private_message.meeting", **people) if booking.call_link.nil?
      I18n.t(
        "volunteer_booking.private_message.meeting_call_link",
        link: call_link(booking),
        **people,
      )
    end

    def self.call_link(booking)
      Markup.link(booking.call_link, booking.call_link)
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

    def self.time_zone(user)
      user&.user_option&.timezone.presence || "UTC"
    end

    private_class_method :say,
                         :take_over,
                         :start,
                         :retire,
                         :rewrite_first_post,
                         :title,
                         :body,
                         :meeting,
                         :call_link,
                         :when_lines,
                         :answer_text,
                         :time_zone
  end
end
