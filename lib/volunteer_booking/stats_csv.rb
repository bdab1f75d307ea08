# frozen_string_literal: true

require "csv"

module VolunteerBooking
  # The stats' CSV downloads, meant to be shared with a funder: the weekly
  # table, or one row per booking with only dates, status, durations, the
  # volunteer's username, the feedback answer and the booker as a number
  # that means something only within its topic. Never intake answers,
  # comments, notes or reasons: BOOKING_COLUMNS is all a row can carry.
  module StatsCsv
    BOOKING_COLUMNS = %i[
      topic_id
      booker_number
      starts_at
      booked_at
      status
      minutes_to_pick_up
      minutes_to_outcome
      volunteer
      feedback
    ].freeze
    # Spreadsheets run a cell that starts with one of these as a formula.
    FORMULA_START = /\A[=+\-@\t\r]/

    # headers: { column => translated name } for every column.
    def self.table(table, headers)
      rows = table[:weeks].map { |week| StatsTable::COLUMNS.map { |column| week[column] } }
      write(StatsTable::COLUMNS, headers, rows)
    end

    # bookings: hashes keyed by BOOKING_COLUMNS; anything else is dropped.
    def self.bookings(bookings, headers)
      rows = bookings.map { |booking| BOOKING_COLUMNS.map { |column| booking[column] } }
      write(BOOKING_COLUMNS, headers, rows)
    end

    def self.write(columns, headers, rows)
      CSV.generate do |csv|
        csv << columns.map { |column| cell(headers.fetch(column)) }
        rows.each { |row| csv << row.map { |value| cell(value) } }
      end
    end

    def self.cell(value)
      value = value.utc.iso8601 if value.respond_to?(:utc)
      value.is_a?(String) && value.match?(FORMULA_START) ? "'#{value}" : value
    end
  end
end
