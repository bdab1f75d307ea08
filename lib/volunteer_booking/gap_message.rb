# frozen_string_literal: true

module VolunteerBooking
  # The words of a booking topic's weekly gap message (GapRecruiting posts
  # and edits it): each listed date in its shift's own zone, named by the
  # zone's city ("Wed 9 Dec 13:00–17:00 London"), and who is on it.
  module GapMessage
    # Chat puts at most ten buttons in a row: one "Join" button per listed
    # date, and a link to the rota for the rest.
    MAX_LISTED = Limits.count(:gaps_listed)
    DAY_FORMAT = "%a %-d %b"
    HOUR_FORMAT = "%H:%M"

    Line = Struct.new(:i18n_key, :params)

    # The gaps the message lists: the soonest MAX_LISTED of Gaps.build's.
    def self.listed(gaps)
      gaps.first(MAX_LISTED)
    end

    # The whole message: a heading, a line per listed occurrence ({
    # starts_at:, ends_at:, time_zone:, wanted:, usernames: }) and, when
    # more gaps than those are open, how many, with the topic's link.
    def self.text(topic_title:, topic_url:, occurrences:, more:)
      topic = Markup.link(topic_title.to_s, topic_url.to_s)
      lines = [I18n.t("volunteer_booking.chat.gaps_heading", topic: topic)]
      occurrences.each do |occurrence|
        when_text = when_text(occurrence[:starts_at], occurrence[:ends_at], occurrence[:time_zone])
        line = line(when_text, wanted: occurrence[:wanted], usernames: occurrence[:usernames])
        lines << "- #{I18n.t(line.i18n_key, **line.params)}"
      end
      if more.positive?
        lines << I18n.t("volunteer_booking.chat.gaps_more", count: more, topic: topic)
      end
      lines.join("\n")
    end

    # "Wed 9 Dec 13:00–17:00 London": an occurrence in its shift's zone.
    def self.when_text(starts_at, ends_at, zone_name)
      zone = zone(zone_name)
      from = starts_at.in_time_zone(zone)
      "#{from.strftime(DAY_FORMAT)} #{from.strftime(HOUR_FORMAT)}–" \
        "#{ends_at.in_time_zone(zone).strftime(HOUR_FORMAT)} #{place(zone_name)}"
    end

    # "Wed 9 Dec 13:00": short enough for a button's label.
    def self.button_text(starts_at, zone_name)
      starts_at.in_time_zone(zone(zone_name)).strftime("#{DAY_FORMAT} #{HOUR_FORMAT}")
    end

    # "London" for Europe/London, "New York" for America/New_York.
    def self.place(zone_name)
      zone_name.to_s.split("/").last.to_s.tr("_", " ")
    end

    # One listed date: nobody on yet, some of those it wants, or covered.
    # usernames: who is on it. They are written as "@name" but escaped, so
    # nobody is pinged by every edit of the message.
    def self.line(when_text, wanted:, usernames:)
      names = usernames.map { |name| Markup.escape("@#{name}") }.join(", ")
      if usernames.empty?
        Line.new("volunteer_booking.chat.gap_nobody", { when: when_text })
      elsif usernames.size < wanted
        Line.new(
          "volunteer_booking.chat.gap_short",
          { when: when_text, count: usernames.size, wanted: wanted, usernames: names },
        )
      else
        Line.new("volunteer_booking.chat.gap_covered", { when: when_text, usernames: names })
      end
    end

    def self.zone(zone_name)
      SlotEngine.tzinfo(zone_name) || SlotEngine.tzinfo("UTC")
    end

    private_class_method :zone
  end
end
