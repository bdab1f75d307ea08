# frozen_string_literal: true

module VolunteerBooking
  # Markdown fragments for what the plugin writes into chat messages and
  # private messages: forum local dates (so every reader sees their own
  # zone), escaped plain text, links, quotes and wall-clock times.
  module Markup
    # ASCII punctuation: every character CommonMark lets a backslash make
    # literal, and every one Discourse's Markdown gives a meaning (emphasis,
    # code, links, headings, lists, quotes, tables, raw HTML, entities,
    # BBCode, local dates). Escaping all of them also splits the text where
    # markdown-it's linkify looks for addresses, so none is linked.
    PUNCTUATION = /[!-\/:-@\[-`{-~]/
    # U+2060 WORD JOINER: invisible, and neither space nor punctuation to
    # markdown-it. Discourse finds @mentions, #hashtags and :emoji: in the
    # text after markdown-it has dropped the backslashes, so one follows
    # every escaped character: none of them can start there.
    WORD_JOINER = "\u2060"
    LINE_BREAK = /\r\n?|[\u0085\u2028\u2029]/
    # Control characters and the invisible ones that reorder or hide text
    # (bidirectional controls, zero-width spaces, our word joiner). Zero-width
    # (non-)joiners stay: scripts and emoji sequences need them.
    INVISIBLE =
      /[\p{Cc}&&[^\n]]|[\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/
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

    # Plain text that must read as itself, on one line: a topic title, a
    # name, a question's label. Runs of space become one, so no line break
    # or indentation (a code block) can come of it.
    def self.escape(text)
      literal(plain(text).gsub(/\s+/, " ").strip)
    end

    # A username written after an "@" in our own text, to mention someone
    # in the private message: escaped, but without word joiners, so the
    # mention stays whole (usernames hold letters, digits, "_", "." and "-").
    def self.username(name)
      plain(name).gsub(PUNCTUATION) { |character| "\\#{character}" }
    end

    # A placeholder the front end renders a component into (Discourse's
    # [wrap] BBCode: a div.d-wrap with data-wrap=name and one data-*
    # attribute per entry). Only whole numbers go in, so nothing in it can
    # break out of the tag.
    def self.widget(name, **data)
      raise ArgumentError, "widget data must be whole numbers" if !data.values.all?(Integer)
      attributes = data.map { |key, value| " #{key}=#{value}" }.join
      "[wrap=#{name}#{attributes}]\n[/wrap]"
    end

    def self.link(text, url)
      "[#{escape(text)}](#{url.to_s.gsub(/[()\s]/) { |character| format("%%%02X", character.ord) }})"
    end

    # Someone else's words (an intake answer) as a Markdown quote, line by
    # line, each line plain text: it can neither format the message nor
    # mention, tag or link anyone.
    def self.quote(text)
      plain(text)
        .strip
        .split("\n")
        .map { |line| line.strip.empty? ? ">" : "> #{literal(line.strip)}" }
        .join("\n")
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

    def self.plain(text)
      text.to_s.gsub(LINE_BREAK, "\n").tr("\t", " ").gsub(INVISIBLE, "")
    end

    def self.literal(text)
      text.gsub(PUNCTUATION) { |character| "\\#{character}#{WORD_JOINER}" }
    end

    private_class_method :safe_zone?, :plain, :literal
  end
end
