# frozen_string_literal: true

module VolunteerBooking
  # Markdown fragments for what the plugin writes into chat messages and
  # private messages: forum local dates (so every reader sees their own
  # zone), escaped plain text, links, quotes and wall-clock times.
  module Markup
    # Characters that Discourse's Markdown (chat and posts) gives a meaning:
    # emphasis, code, links, headings and #hashtags, tables, strikethrough,
    # raw HTML.
    SPECIAL = /[\\`*_\[\]()#<>|~!]/
    WALL_TIME_FORMAT = "%A %-d %B %Y, %H:%M"

    # [date=2026-12-02 time=14:00:00 timezone="UTC" format="LLLL"]: the
    # discourse-local-dates markup, which chat and posts cook into a date
    # each reader sees in their own time zone. timezones: extra IANA zones
    # listed in the date's popup.
    def self.local_date(time, format: "LLLL", timezones: [])
      utc = time.getutc
      parts = [
        "date=#{utc.strftime("%Y-%m-%d")}",
        "time=#{utc.strftime("%H:%M:%S")}",
        %(timezone="UTC"),
        %(format="#{format}"),
      ]
      zones = Array(timezones).map(&:to_s).select { |zone| safe_zone?(zone) }.uniq
      parts << %(timezones="#{zones.join("|")}") if zones.any?
      "[#{parts.join(" ")}]"
    end

    # Plain text (a username, a topic title) that must read as itself.
    def self.escape(text)
      text.to_s.gsub(SPECIAL) { |character| "\\#{character}" }
    end

    def self.link(text, url)
      "[#{escape(text)}](#{url.to_s.gsub(/[()\s]/) { |character| format("%%%02X", character.ord) }})"
    end

    # Someone else's words as a Markdown quote, line by line.
    def self.quote(text)
      text.to_s.strip.lines.map { |line| "> #{line.chomp}".rstrip }.join("\n")
    end

    # "Wednesday 2 December 2026, 14:00 (Europe/London)" in the given IANA
    # zone, or in UTC when the zone is blank or unknown.
    def self.wall_time(time, zone_name)
      name = SlotEngine.iana_time_zone?(zone_name) ? zone_name : "UTC"
      local = time.in_time_zone(SlotEngine.tzinfo(name))
      "#{local.strftime(WALL_TIME_FORMAT)} (#{name})"
    end

    # IANA names are letters, digits, "/", "_", "+" and "-": nothing that
    # could close the markup's quotes.
    def self.safe_zone?(zone)
      zone.match?(%r{\A[A-Za-z0-9_+\-/]+\z}) && !SlotEngine.tzinfo(zone).nil?
    end

    private_class_method :safe_zone?
  end
end
