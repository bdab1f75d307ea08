# frozen_string_literal: true

module VolunteerBooking
  # Whether a booked time still lies inside a shift's weekly window, read in
  # the shift's zone the way the SlotEngine lays out slots (local times
  # through ActiveSupport::TimeZone#local). The shell asks before a shift is
  # moved or shortened: a booking left outside would keep its volunteer
  # without any shift saying so.
  module ShiftWindow
    # shift: a shift Hash as SlotEngine.parse_shift takes it; the times are
    # Times. Raises ArgumentError for a bad shift.
    def self.covers?(shift, starts_at, ends_at)
      parsed = SlotEngine.parse_shift(shift)
      date = starts_at.in_time_zone(parsed.zone).to_date
      return false if date.wday != parsed.weekday
      opens = local(parsed.zone, date, parsed.start_minute)
      closes = local(parsed.zone, date, parsed.end_minute)
      opens <= starts_at && ends_at <= closes
    end

    # How many of bookings ({ starts_at:, ends_at: }) fall outside shift.
    def self.outside_count(shift, bookings)
      bookings.count { |booking| !covers?(shift, booking[:starts_at], booking[:ends_at]) }
    end

    def self.local(zone, date, minute_of_day)
      zone.local(date.year, date.month, date.day, minute_of_day / 60, minute_of_day % 60)
    end

    private_class_method :local
  end
end
