# frozen_string_literal: true

require_relative "../../core_helper"

# Every calendar of contract/ics.json, which the in-memory API writes too.
RSpec.describe VolunteerBooking::Ics do
  contract = VolunteerBookingCoreSpec.contract("ics")
  ics = described_class.new(host: contract[:host], now: Time.iso8601(contract[:now]))

  contract[:calendars].each do |row|
    it row[:why] do
      bookings =
        row[:bookings].map do |booking|
          booking = contract[:bookings].fetch(booking[:base].to_sym).merge(booking.except(:base))
          booking.merge(
            starts_at: Time.iso8601(booking[:starts_at]),
            ends_at: Time.iso8601(booking[:ends_at]),
          )
        end
      expect(ics.calendar(bookings)).to eq(row[:lines].map { |line| "#{line}\r\n" }.join)
    end
  end
end
