# frozen_string_literal: true

module VolunteerBooking
  # What a request's values must look like before any rule reads them. Rails
  # casts leniently ("yes" is true, 2.7 is 2, "2026-02-30" is nil, a time
  # with no offset is read as UTC), so a value the person did not mean could
  # reach the rules; this says, per kind of value, whether it reads as one.
  #
  # Kinds: :integer, :boolean, :text, :date, :time (an instant, ISO 8601 with
  # its UTC offset, whole seconds) and :list. nil and "" are missing, not
  # wrong: whether a value is required is the caller's business. A Date or
  # Time object (from Ruby, never from JSON) is judged on its year and
  # seconds only.
  module Input
    # No real booking, rota or time off lies outside these; beyond them a
    # typo (20266) or a probe is more likely than a plan.
    YEARS = 2000..2100

    PROBLEMS = %i[
      integer_invalid
      boolean_invalid
      text_invalid
      date_invalid
      time_invalid
      time_not_whole_seconds
      year_out_of_range
      list_invalid
    ].freeze

    INTEGER = /\A[+-]?\d+\z/
    DATE = /\A(\d{4})-(\d{2})-(\d{2})\z/
    TIME =
      /\A(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:(Z)|([+-])(\d{2}):(\d{2}))\z/
    # Real offsets run from -12:00 to +14:00.
    MAX_OFFSET_MINUTES = 14 * 60

    # Invisible at either end of a pasted or typed value, and never meant:
    # Unicode's White_Space (no-break, em and ideographic spaces among them)
    # plus the zero-width characters that are not White_Space (the
    # byte-order mark U+FEFF among them).
    EDGE_SPACE = "[[:space:]\u180E\u200B\u200C\u200D\u2060\uFEFF]"
    EDGES = /\A#{EDGE_SPACE}+|#{EDGE_SPACE}+\z/o
    # Control characters other than tab and line feed: a NUL cannot be
    # stored, the others cannot be typed and only hide text.
    CONTROL = /[\p{Cc}&&[^\t\n]]/

    # nil, or the first problem (one of PROBLEMS) reading value as kind.
    def self.problem(kind, value)
      return if value.nil? || value == ""
      case kind
      when :integer
        :integer_invalid if !value.is_a?(Integer) && !(value.is_a?(String) && INTEGER.match?(value))
      when :boolean
        :boolean_invalid if [true, false, "true", "false"].exclude?(value)
      when :text
        :text_invalid if !value.is_a?(String)
      when :date
        date_problem(value)
      when :time
        time_problem(value)
      when :list
        :list_invalid if !value.is_a?(Array)
      else
        raise ArgumentError, "unknown kind #{kind.inspect}"
      end
    end

    # The text as it should be checked and stored: line ends as LF, control
    # characters but tab and LF removed, invisible space at either end cut
    # off. Anything that is not readable text is returned as it is, for
    # Storable or the kind checks to refuse.
    def self.text(value)
      return value if !value.is_a?(String) || !value.valid_encoding?
      value.gsub(/\r\n?/, "\n").gsub(CONTROL, "").gsub(EDGES, "")
    end

    # text for every String in value, also inside Arrays and Hashes (keys
    # too), so answers and question lists are cleaned like single fields.
    def self.deep_text(value)
      case value
      when String
        text(value)
      when Array
        value.map { |item| deep_text(item) }
      when Hash
        value.to_h { |key, item| [deep_text(key), deep_text(item)] }
      else
        value
      end
    end

    # The Date a "YYYY-MM-DD" String names, or nil when it names none.
    def self.date(value)
      match = value.is_a?(String) && DATE.match(value)
      return if !match
      year, month, day = match.captures.map(&:to_i)
      Date.new(year, month, day) if Date.valid_date?(year, month, day)
    end

    # The UTC Time an ISO 8601 String with offset names (its fraction of a
    # second kept), or nil when it names none. A leap second (:60) and 24:00
    # are refused: Ruby would roll them into the next minute or day, which
    # nobody picked.
    def self.time(value)
      match = value.is_a?(String) && TIME.match(value)
      return if !match
      year, month, day, hour, minute, second = match.captures.first(6).map(&:to_i)
      return if !Date.valid_date?(year, month, day) || hour > 23 || minute > 59 || second > 59
      offset = offset_minutes(match)
      return if offset.nil?
      fraction = Rational(match[7].to_s.ljust(9, "0").to_i, 1_000_000_000)
      Time.utc(year, month, day, hour, minute, second + fraction) - (offset * 60)
    end

    def self.date_problem(value)
      date = value.instance_of?(Date) ? value : date(value)
      return :date_invalid if date.nil?
      :year_out_of_range if !YEARS.cover?(date.year)
    end

    def self.time_problem(value)
      time = value.is_a?(Time) || value.is_a?(DateTime) ? value.to_time.utc : time(value)
      return :time_invalid if time.nil?
      return :time_not_whole_seconds if time.subsec != 0
      :year_out_of_range if !YEARS.cover?(time.year)
    end

    def self.offset_minutes(match)
      return 0 if match[8]
      hours = match[10].to_i
      minutes = match[11].to_i
      total = (hours * 60) + minutes
      return if minutes > 59 || total > MAX_OFFSET_MINUTES
      match[9] == "-" ? -total : total
    end

    private_class_method :date_problem, :time_problem, :offset_minutes
  end
end
