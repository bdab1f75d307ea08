# frozen_string_literal: true

# Fifty volunteers' clicks and bookers' submits at the same moment, on a
# real PostgreSQL: 50 threads, each on its own connection, book one slot
# that has room for two, then 50 volunteers pick up one booking. Each case
# runs ROUNDS times on fresh rows; prints what happened (the same every
# round, or each round's line if not) and the median wall time from the
# start signal until the last thread is done. Asserts nothing.
#
#   bin/with-postgres bundle exec ruby bench/booking_contention.rb

require "i18n"
require_relative "support/core"
%w[database discourse_stand_ins race records].each do |name|
  require File.expand_path("../spec/db/support/#{name}", __dir__)
end
VolunteerBookingDbSpec.set_up

module BookingContentionBench
  extend VolunteerBookingDbSpec::Records
  extend VolunteerBookingDbSpec::Race

  THREADS = 50
  ROUNDS = 7

  def self.booking_round
    booking_topic = create_booking_topic
    date = in_two_days
    shift = create_shift(booking_topic, date)
    2.times { |index| create_volunteer(shift, "volunteer#{index}") }
    bookers = Array.new(THREADS) { |index| create_user("booker#{index}") }
    attempts =
      race(THREADS) do |index|
        VolunteerBooking::Placement.place(
          booking_topic,
          booker: bookers[index],
          shift_id: shift.id,
          starts_at: at(date, "10:00"),
          answers: {
          },
          idempotency_key: nil,
        )
      end
    booked = attempts.count { |attempt| attempt.value&.ok? }
    refused = attempts.count { |attempt| attempt.value && !attempt.value.ok? }
    ["#{booked} booked, #{refused} refused, #{errors_of(attempts).size} errors", race_seconds]
  end

  def self.pick_up_round
    booking_topic = create_booking_topic
    date = in_two_days
    shift = create_shift(booking_topic, date)
    volunteers = Array.new(THREADS) { |index| create_volunteer(shift, "volunteer#{index}") }
    booking = create_booking(shift, create_user("booker"), at(date, "10:00"))
    attempts =
      race(THREADS) do |index|
        VolunteerBooking::PickUp.call(
          VolunteerBooking::Booking.find(booking.id),
          holder: volunteers[index],
          now: Time.current,
        )
      end
    won = attempts.count { |attempt| attempt.error.nil? && attempt.value.nil? }
    refused = attempts.count { |attempt| attempt.value }
    ["#{won} picked up, #{refused} refused, #{errors_of(attempts).size} errors", race_seconds]
  end

  def self.measure(label)
    rounds = Array.new(ROUNDS) { yield.tap { VolunteerBookingDbSpec.truncate_all } }
    milliseconds = rounds.map { |_, seconds| seconds * 1000 }.sort[ROUNDS / 2]
    outcomes = rounds.map(&:first).uniq
    outcomes.each { |outcome| puts format("%s: %s, %.1f ms", label, outcome, milliseconds) }
  end

  def self.run
    measure("contention: #{THREADS} threads, capacity 2") { booking_round }
    measure("pick-up contention: #{THREADS} threads, 1 booking") { pick_up_round }
  end
end

BookingContentionBench.run
