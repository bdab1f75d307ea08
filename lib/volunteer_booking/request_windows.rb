# frozen_string_literal: true

module VolunteerBooking
  # The times a booker suggests when no slot fits (a booking request): one to
  # three windows, each a weekday or a date with a wall-clock range in the
  # booker's own IANA zone. The in-memory API follows the same rules through
  # contract/request_windows.json.
  #
  # A window is a Hash with string keys, as it comes from JSON:
  #   { "weekday" => 0-6 (Date#wday, 0 Sunday) | nil,
  #     "date" => "YYYY-MM-DD" | nil, "from" => "HH:MM", "to" => "HH:MM" }
  # with exactly one of weekday and date set and from before to on the same
  # day: overnight windows are refused, like overnight shifts.
  module RequestWindows
    # Every error .error can return, in the order the checks run; the window
    # checks run window by window, so the first window's problem is reported
    # before any later window's.
    #   request_windows_missing       - no windows
    #   request_windows_too_many      - more than Limits.count(:request_windows)
    #   request_time_zone_invalid     - not an IANA zone
    #   request_window_invalid        - not a window: both or neither of weekday
    #                                   and date, a bad weekday, date or time,
    #                                   or from not before to
    #   request_window_too_short      - shorter than one session (params: minutes)
    #   request_window_past           - a date before today in the zone
    #   request_window_beyond_horizon - a date more than horizon_days after
    #                                   today in the zone (params: days)
    ERRORS = %w[
      request_windows_missing
      request_windows_too_many
      request_time_zone_invalid
      request_window_invalid
      request_window_too_short
      request_window_past
      request_window_beyond_horizon
    ].freeze

    MAX_WINDOWS = Limits.count(:request_windows)
    DATE = /\A\d{4}-\d{2}-\d{2}\z/

    # One window read: weekday or date (the other nil) and minutes of the day.
    Parsed = Struct.new(:weekday, :date, :from_minute, :to_minute, keyword_init: true)

    # The first problem of the windows as a BookingRules::Result: ok, or one
    # key of ERRORS with its params. now is a Time.
    def self.check(windows:, time_zone:, session_minutes:, horizon_days:, now:)
      failure = BookingRules::Result.method(:failure)
      return failure.call("request_windows_missing") if !windows.is_a?(Array) || windows.empty?
      return failure.call("request_windows_too_many") if windows.size > MAX_WINDOWS
      zone = zone(time_zone)
      return failure.call("request_time_zone_invalid") if zone.nil?

      today = now.in_time_zone(zone).to_date
      windows.each do |window|
        parsed = parse(window)
        return failure.call("request_window_invalid") if parsed.nil?
        if parsed.to_minute - parsed.from_minute < session_minutes
          return failure.call("request_window_too_short", minutes: session_minutes)
        end
        next if parsed.date.nil?
        return failure.call("request_window_past") if parsed.date < today
        if parsed.date > today + horizon_days
          return failure.call("request_window_beyond_horizon", days: horizon_days)
        end
      end
      BookingRules::Result.ok
    end

    # The key of the first problem, or nil when the windows may be saved.
    def self.error(windows:, time_zone:, session_minutes:, horizon_days:, now:)
      check(windows:, time_zone:, session_minutes:, horizon_days:, now:).error
    end

    # Whether a session starting at starts_at (a Time) lies wholly inside one
    # of the windows, read on the calendar of time_zone: a weekday window
    # covers the local dates with that wday, a date window its own date.
    # Wall times go through ActiveSupport's TimeZone#local, as the
    # SlotEngine's do, so a 09:00 New York window stays at 09:00 across
    # daylight-saving changes. Windows that do not parse cover nothing.
    def self.fits?(windows:, time_zone:, starts_at:, session_minutes:)
      zone = zone(time_zone)
      return false if zone.nil? || !windows.is_a?(Array)
      ends_at = starts_at + (session_minutes * 60)
      date = starts_at.in_time_zone(zone).to_date
      windows.any? do |window|
        parsed = parse(window)
        next false if parsed.nil? || !on?(parsed, date)
        opens = local(zone, date, parsed.from_minute)
        closes = local(zone, date, parsed.to_minute)
        opens <= starts_at && ends_at <= closes
      end
    end

    # The ActiveSupport zone of an IANA identifier, or nil.
    def self.zone(name)
      tzinfo = SlotEngine.tzinfo(name)
      ActiveSupport::TimeZone[tzinfo] if tzinfo
    end

    # The window read, or nil when it is not one.
    def self.parse(window)
      return nil unless window.is_a?(Hash)
      weekday = window["weekday"]
      given_date = window["date"]
      return nil if weekday.nil? == given_date.nil?
      date = given_date && parse_date(given_date)
      return nil if given_date ? date.nil? : !weekday?(weekday)
      from_minute = minute_of_day(window["from"])
      to_minute = minute_of_day(window["to"])
      return nil if from_minute.nil? || to_minute.nil? || from_minute >= to_minute
      Parsed.new(weekday:, date:, from_minute:, to_minute:)
    end

    def self.weekday?(value)
      value.is_a?(Integer) && value.between?(0, 6)
    end

    def self.parse_date(value)
      return nil unless value.is_a?(String) && DATE.match?(value)
      Date.iso8601(value)
    rescue Date::Error
      nil
    end

    def self.minute_of_day(value)
      match = value.is_a?(String) && SlotEngine::TIME_OF_DAY.match(value)
      (match[1].to_i * 60) + match[2].to_i if match
    end

    def self.on?(parsed, date)
      parsed.date.nil? ? parsed.weekday == date.wday : parsed.date == date
    end

    def self.local(zone, date, minute_of_day)
      zone.local(date.year, date.month, date.day, minute_of_day / 60, minute_of_day % 60)
    end

    private_class_method :zone, :parse, :weekday?, :parse_date, :minute_of_day, :on?, :local
  end
end
