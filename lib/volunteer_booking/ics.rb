# frozen_string_literal: true

require "active_support/core_ext/enumerable"

module VolunteerBooking
  # Writes an RFC 5545 calendar with one event per booking.
  #
  # The input is a closed list of keys (BOOKING_KEYS): anything else, such as
  # intake answers or an email address, raises instead of being ignored, so
  # private data cannot reach a file that is mailed around and imported into
  # third-party calendars. Email addresses typed into the summary or
  # description are replaced as well.
  #
  # METHOD is CANCEL only when every event in the file is cancelled; a file
  # mixing live and cancelled bookings is a published feed, where each event's
  # STATUS says what happened to it. There is no ORGANIZER/ATTENDEE (they would
  # need email addresses), so clients treat CANCEL as an update of the event
  # with the same UID and a higher SEQUENCE: the caller must bump sequence on
  # every reschedule, on cancellation and when the call link changes.
  #
  # location is the call link (CallLink.check_link must accept it): it goes
  # into LOCATION and, as its last line, into the description, which some
  # calendars show where they hide LOCATION. It is not searched for email
  # addresses, as a link may hold an @ in its path.
  class Ics
    PRODID = "-//discourse-volunteer-booking//Volunteer Booking//EN"
    BOOKING_KEYS = %i[
      id
      starts_at
      ends_at
      sequence
      cancelled
      summary
      description
      location
      url
    ].freeze
    REQUIRED_KEYS = %i[id starts_at ends_at sequence summary url].freeze
    # Deliberately loose: anything shaped like local@domain.tld goes, at the
    # cost of the odd false positive.
    EMAIL = /(?:mailto:)?[^\s@<>()\[\]{},;:"]+@[^\s@<>()\[\]{},;:"']+\.[^\s@<>()\[\]{},;:"'.]+/i
    EMAIL_REPLACEMENT = "[email removed]"
    LINE_OCTETS = 75
    CRLF = "\r\n"

    attr_reader :host, :now

    # host: the forum's host name, which makes UIDs unique across forums.
    # now: the DTSTAMP, i.e. when this file was generated.
    def initialize(host:, now:)
      unless host.is_a?(String) && host.match?(/\A[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::\d+)?\z/i)
        raise ArgumentError, "host must be a host name, got #{host.inspect}"
      end
      raise ArgumentError, "now must be a Time, got #{now.class}" unless now.is_a?(Time)
      @host = host.downcase
      @now = now
    end

    def self.uid(id, host)
      "volunteer-booking-#{id}@#{host}"
    end

    # bookings: Array of { id:, starts_at:, ends_at:, sequence:, cancelled:,
    # summary:, description:, location:, url: }. Returns the calendar as a
    # UTF-8 String
    # with CRLF line ends.
    def calendar(bookings)
      bookings = bookings.is_a?(Hash) ? [bookings] : Array(bookings)
      raise ArgumentError, "a calendar needs at least one booking" if bookings.empty?
      events = bookings.map { |booking| validate(booking) }
      method = events.all? { |booking| booking[:cancelled] } ? "CANCEL" : "PUBLISH"

      lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:#{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:#{method}",
      ]
      events.each { |booking| lines.concat(event_lines(booking)) }
      lines << "END:VCALENDAR"
      lines.map { |line| fold(line) }.join(CRLF) + CRLF
    end

    # Splits a content line into pieces of at most 75 octets, the
    # continuation ones starting with a space (which counts towards their 75),
    # and never inside a UTF-8 character.
    def fold(line)
      return line if line.bytesize <= LINE_OCTETS

      pieces = []
      current = +""
      limit = LINE_OCTETS
      line.each_char do |char|
        if current.bytesize + char.bytesize > limit
          pieces << current
          current = +" "
          limit = LINE_OCTETS
        end
        current << char
      end
      pieces << current
      pieces.join(CRLF)
    end

    # TEXT values per RFC 5545 3.3.11; control characters other than line
    # breaks are not allowed in TEXT, so they are dropped.
    def escape(text)
      text
        .to_s
        .scrub("\uFFFD")
        .gsub(/\r\n?/, "\n")
        .gsub(/[\x00-\x08\x0B-\x1F\x7F]/, "")
        .gsub(/[\\;,\n]/) { |char| char == "\n" ? "\\n" : "\\#{char}" }
    end

    def strip_emails(text)
      text.to_s.gsub(EMAIL, EMAIL_REPLACEMENT)
    end

    private

    def event_lines(booking)
      lines = [
        "BEGIN:VEVENT",
        "UID:#{self.class.uid(booking[:id], host)}",
        "DTSTAMP:#{utc(now)}",
        "DTSTART:#{utc(booking[:starts_at])}",
        "DTEND:#{utc(booking[:ends_at])}",
        "SEQUENCE:#{booking[:sequence]}",
        "STATUS:#{booking[:cancelled] ? "CANCELLED" : "CONFIRMED"}",
        "SUMMARY:#{escape(strip_emails(booking[:summary]))}",
      ]
      location = booking[:location]
      lines << "LOCATION:#{escape(location)}" if location
      description = strip_emails(booking[:description])
      description = description.strip.empty? ? location : "#{description}\n#{location}" if location
      lines << "DESCRIPTION:#{escape(description)}" unless description.strip.empty?
      lines << "URL:#{booking[:url]}"
      lines << "END:VEVENT"
    end

    def validate(booking)
      raise ArgumentError, "booking must be a Hash, got #{booking.class}" unless booking.is_a?(Hash)
      extra = booking.keys - BOOKING_KEYS
      if extra.any?
        raise ArgumentError,
              "unexpected booking keys #{extra.map(&:inspect).join(", ")}; " \
                "only #{BOOKING_KEYS.map(&:inspect).join(", ")} go into a calendar file"
      end
      missing = REQUIRED_KEYS.select { |key| booking[key].nil? }
      raise ArgumentError, "booking is missing #{missing.map(&:inspect).join(", ")}" if missing.any?

      unless booking[:id].to_s.match?(/\A[A-Za-z0-9_-]+\z/)
        raise ArgumentError,
              "booking id must be letters, digits, _ or -, got #{booking[:id].inspect}"
      end
      unless booking[:starts_at].is_a?(Time) && booking[:ends_at].is_a?(Time)
        raise ArgumentError, "starts_at and ends_at must be Times"
      end
      if booking[:ends_at] <= booking[:starts_at]
        raise ArgumentError, "ends_at must be after starts_at"
      end
      unless booking[:sequence].is_a?(Integer) && booking[:sequence] >= 0
        raise ArgumentError, "sequence must be an Integer >= 0, got #{booking[:sequence].inspect}"
      end
      if [true, false, nil].exclude?(booking[:cancelled])
        raise ArgumentError, "cancelled must be true or false"
      end
      # URL is a URI value, not TEXT: it is not escaped, so it must not need it.
      unless booking[:url].is_a?(String) &&
               booking[:url].match?(%r{\Ahttps?://[^ \x00-\x1F\x7F"<>]+\z})
        raise ArgumentError,
              "url must be an http(s) URL without spaces, got #{booking[:url].inspect}"
      end
      raise ArgumentError, "url must not contain an email address" if booking[:url].match?(EMAIL)
      if !booking[:location].nil? && !CallLink.check_link(booking[:location]).ok?
        raise ArgumentError, "location must be a call link, got #{booking[:location].inspect}"
      end
      booking
    end

    def utc(time)
      time.getutc.strftime("%Y%m%dT%H%M%SZ")
    end
  end
end
