# frozen_string_literal: true

module VolunteerBooking
  # How much time off one person may keep from today on. Every entry reaches
  # the SlotEngine of every topic they volunteer for, expanded day by day,
  # so both the number of entries and the days they cover are capped; the
  # days already past no longer reach it and do not count. Entries that
  # overlap count their shared days twice, as the engine expands them.
  module TimeOffAllowance
    ERRORS = %i[time_off_too_many time_off_too_many_days].freeze

    # current: the person's time off that has not ended before today, and
    # adding: the one to add, each { starts_on: Date, ends_on: Date }.
    # Returns a BookingRules::Result: ok, time_off_too_many (params: max) or
    # time_off_too_many_days (params: max, left).
    def self.check(current, adding, today:, max_entries:, max_days:)
      if current.size >= max_entries
        return BookingRules::Result.failure(:time_off_too_many, max: max_entries)
      end
      left = max_days - current.sum { |entry| days_ahead(entry, today) }
      if days_ahead(adding, today) > left
        return(
          BookingRules::Result.failure(:time_off_too_many_days, max: max_days, left: [left, 0].max)
        )
      end
      BookingRules::Result.ok
    end

    # Days of the entry from today on, both ends included.
    def self.days_ahead(entry, today)
      first = [entry[:starts_on], today].max
      [(entry[:ends_on] - first).to_i + 1, 0].max
    end
  end
end
