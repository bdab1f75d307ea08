# frozen_string_literal: true

module VolunteerBooking
  # Recruiting for gaps, once a week per booking topic that switched it on
  # (gap_messages_enabled), at its weekday and hour in its main zone
  # (Gaps.message_week), when the coming gap_horizon_weeks have gaps:
  # - the topic's chat channel gets one message listing them
  #   (GapMessage), a "Join" button per listed date, a rota link for more;
  # - volunteers who chose notify_gaps get a notification for the gaps
  #   they could fill, with or without chat.
  # The week is claimed by a conditional update before anything is sent,
  # so overlapping runs send once; a week with no gaps is not claimed, so
  # a gap that opens later that week is still recruited for. After any
  # rota change of the topic the week's message is edited ("covered by").
  # Like every side effect it never raises into its caller (SideEffect).
  module GapRecruiting
    MAX_NOTIFIED = 200

    def self.run(now: Time.current)
      BookingTopic
        .where(gap_messages_enabled: true)
        .includes(:topic)
        .find_each do |booking_topic|
          SideEffect.safely("recruiting for the gaps of booking topic #{booking_topic.id}") do
            recruit(booking_topic, now)
          end
        end
    end

    # The booking topics whose week's message may need editing, after their
    # rota changed: a job each, once the change has committed.
    def self.rota_changed(booking_topics)
      Array(booking_topics).each do |booking_topic|
        next if booking_topic&.gap_message_id.nil?
        Jobs.enqueue(
          ::Jobs::VolunteerBooking::RefreshGapMessage,
          booking_topic_id: booking_topic.id,
        )
      end
    end

    # Brings the week's message in line with the rota: each listed date
    # says who is on it now. A message whose dates are all past (a day of
    # margin for the zones) stays as it was. Returns the message, or nil.
    def self.refresh(booking_topic, now: Time.current)
      SideEffect.safely("updating the gap message of booking topic #{booking_topic.id}") do
        message = ChatBridge.message(booking_topic.gap_message_id)
        next if message.nil?
        listed = listed_in(message)
        next if listed.empty? || listed.map(&:last).max < now.utc.to_date - 1
        coverage, on_listed_dates =
          GapSource.coverage_and_occurrences(
            booking_topic,
            listed.map(&:last).uniq,
            weeks: booking_topic.gap_horizon_weeks,
            now: now,
          )
        occurrences = listed_occurrences(booking_topic, listed, on_listed_dates)
        more = coverage[:gaps].count { |gap| !listed.include?([gap[:shift_id], gap[:date]]) }
        ChatBridge.edit(message, text(booking_topic, occurrences, more), blocks(occurrences))
      end
    end

    def self.recruit(booking_topic, now)
      week =
        Gaps.message_week(
          now: now,
          zone: GapSource.main_zone(booking_topic.shifts.to_a),
          weekday: booking_topic.gap_message_weekday,
          hour: booking_topic.gap_message_hour,
          last_week: booking_topic.gap_message_week,
        )
      return if week.nil?
      gaps =
        GapSource.coverage(booking_topic, weeks: booking_topic.gap_horizon_weeks, now: now)[:gaps]
      return if gaps.empty? || !booking_topic.claim_gap_message_week(week)
      message = post(booking_topic, gaps)
      booking_topic.update_columns(gap_message_id: message&.id)
      notify_volunteers(booking_topic, gaps)
    end

    def self.post(booking_topic, gaps)
      channel = ChatBridge.channel(booking_topic)
      return if channel.nil?
      listed = GapMessage.listed(gaps)
      occurrences = with_zones(booking_topic, listed)
      ChatBridge.post(
        channel,
        text(booking_topic, occurrences, gaps.size - listed.size),
        blocks: blocks(occurrences),
      )
    end

    def self.notify_volunteers(booking_topic, gaps)
      volunteers = notified_volunteers(booking_topic)
      away = time_off_by_user(volunteers.map(&:id), gaps)
      volunteers.each do |volunteer|
        count = Gaps.fillable(gaps, user_id: volunteer.id, time_off: away[volunteer.id]).size
        next if count.zero?
        SideEffect.safely("telling volunteer #{volunteer.id} of gaps") do
          Notifier.notify_about(
            volunteer,
            :gaps,
            topic: booking_topic.topic,
            display_username: booking_topic.topic&.title,
            count: count,
          )
        end
      end
    end

    # Those in the topic's volunteer groups who chose to hear of gaps and
    # can still volunteer there (RotaAccess).
    def self.notified_volunteers(booking_topic)
      users =
        ::User
          .human_users
          .where(
            id: ::GroupUser.where(group_id: booking_topic.volunteer_group_ids).select(:user_id),
          )
          .where(id: VolunteerProfile.where(notify_gaps: true).select(:user_id))
          .order(:id)
          .limit(MAX_NOTIFIED)
          .to_a
      flagged = RotaAccess.flagged_ids(booking_topic, users.map(&:id))
      users.reject { |user| flagged.include?(user.id) }
    end

    def self.time_off_by_user(user_ids, gaps)
      return {} if user_ids.empty?
      dates = gaps.map { |gap| gap[:date] }
      away = Hash.new { |hash, id| hash[id] = [] }
      TimeOff
        .where(user_id: user_ids)
        .overlapping(dates.min, dates.max)
        .pluck(:user_id, :starts_on, :ends_on)
        .each { |user_id, starts_on, ends_on| away[user_id] << { starts_on:, ends_on: } }
      away
    end

    # [shift_id, date] of each date the message lists, from its buttons:
    # the message itself keeps what it listed, through every edit.
    def self.listed_in(message)
      Array(message.blocks)
        .flat_map { |block| Array(block["elements"]) }
        .filter_map do |element|
          parsed = ChatAction.parse(element["action_id"])
          [parsed[:shift_id], parsed[:date]] if parsed && parsed[:verb] == "join_gap"
        end
    end

    # The listed dates as they stand now, covered or not, of the
    # occurrences on those dates (soonest first).
    def self.listed_occurrences(booking_topic, listed, on_listed_dates)
      wanted = GapSource.wanted(booking_topic.shifts.to_a)
      occurrences =
        on_listed_dates
          .select { |occurrence| listed.include?([occurrence[:shift_id], occurrence[:date]]) }
          .map { |occurrence| occurrence.merge(wanted: wanted.fetch(occurrence[:shift_id], 1)) }
      with_zones(booking_topic, occurrences)
    end

    # Each occurrence with its shift's zone and the usernames of who is on.
    def self.with_zones(booking_topic, occurrences)
      zones = booking_topic.shifts.to_h { |shift| [shift.id, shift.time_zone] }
      usernames =
        ::User
          .where(id: occurrences.flat_map { |occurrence| occurrence[:volunteer_ids] })
          .pluck(:id, :username)
          .to_h
      occurrences.map do |occurrence|
        occurrence.merge(
          time_zone: zones[occurrence[:shift_id]],
          usernames: occurrence[:volunteer_ids].filter_map { |id| usernames[id] },
        )
      end
    end

    def self.text(booking_topic, occurrences, more)
      topic = booking_topic.topic
      GapMessage.text(topic_title: topic&.title, topic_url: topic&.url, occurrences:, more:)
    end

    # A "Join" button per listed date, the open ones primary. Covered dates
    # keep theirs (joining is still allowed) so the message goes on
    # listing them.
    def self.blocks(occurrences)
      ChatAction.blocks(
        occurrences.map do |occurrence|
          ChatAction.button(
            ChatAction.join_gap(occurrence[:shift_id], occurrence[:date]),
            I18n.t(
              "volunteer_booking.chat.join_gap",
              when: GapMessage.button_text(occurrence[:starts_at], occurrence[:time_zone]),
            ),
            primary: occurrence[:volunteer_ids].size < occurrence[:wanted],
          )
        end,
      )
    end

    private_class_method :recruit,
                         :post,
                         :notify_volunteers,
                         :notified_volunteers,
                         :time_off_by_user,
                         :listed_in,
                         :listed_occurrences,
                         :with_zones,
                         :text,
                         :blocks
  end
end
