# frozen_string_literal: true

require_relative "../db_helper"

RSpec.describe VolunteerBooking::Placement, :concurrency do
  include VolunteerBookingDbSpec::Race

  let(:booking_topic) { create_booking_topic }
  let(:date) { in_two_days }
  let(:shift) { create_shift(booking_topic, date) }
  let(:slot_start) { at(date, "10:00") }
  let(:bookers) { Array.new(50) { |index| create_user("booker#{index}") } }

  def place(booker, starts_at: slot_start, idempotency_key: nil, topic: booking_topic, at: shift)
    described_class.place(
      topic,
      booker: booker,
      shift_id: at.id,
      starts_at: starts_at,
      answers: {
      },
      idempotency_key: idempotency_key,
    )
  end

  def refusal(key)
    I18n.t("volunteer_booking.errors.#{key}")
  end

  context "with 50 bookers racing for a slot with two volunteers" do
    before do
      create_volunteer(shift, "ana")
      create_volunteer(shift, "ben")
      bookers
    end

    it "books two and tells the other 48 the slot is full" do
      attempts = race(50) { |index| place(bookers[index]) }

      expect(errors_of(attempts)).to eq([])
      outcomes = attempts.map(&:value)
      expect(outcomes.count(&:ok?)).to eq(2)
      expect(outcomes.reject(&:ok?).map(&:error)).to eq([refusal(:slot_full)] * 48)
      expect(VolunteerBooking::Booking.active.where(starts_at: slot_start).count).to eq(2)
    end
  end

  # Five times ten minutes apart all overlap 10:00-10:30, the one slot
  # there is: a client that loaded its slots before the session length or
  # a shift's start changed still offers the others. However the requests
  # interleave, the one volunteer is booked once.
  context "with 50 bookers racing over five overlapping times of one volunteer" do
    let(:times) { %w[10:00 10:05 10:10 10:15 10:20].map { |time| at(date, time) } }

    before do
      create_volunteer(shift, "ana")
      bookers
    end

    it "books the volunteer once" do
      attempts = race(50) { |index| place(bookers[index], starts_at: times[index % 5]) }

      expect(errors_of(attempts)).to eq([])
      outcomes = attempts.map(&:value)
      expect(outcomes.count(&:ok?)).to eq(1)
      expect(outcomes.reject(&:ok?).map(&:error).uniq).to contain_exactly(
        refusal(:slot_full),
        refusal(:slot_unknown),
      )
      booked = VolunteerBooking::Booking.active.pluck(:starts_at, :ends_at)
      expect(booked).to eq([[slot_start, slot_start + 30.minutes]])
    end
  end

  # An old booking at 10:10-10:40 (from before the session length changed)
  # holds the only volunteer across two slots of today's grid.
  context "with a booking left off the grid" do
    before do
      create_volunteer(shift, "ana")
      create_booking(shift, create_user("early"), at(date, "10:10"))
      bookers
    end

    it "books nobody into either slot it overlaps, and the next one once" do
      times = [at(date, "10:00"), at(date, "10:30"), at(date, "11:00")]
      attempts = race(30) { |index| place(bookers[index], starts_at: times[index % 3]) }

      expect(errors_of(attempts)).to eq([])
      expect(attempts.map(&:value).select(&:ok?).map { |o| o.booking.starts_at }).to eq([times[2]])
    end
  end

  context "when one booker double-clicks ten times" do
    before { create_volunteer(shift, "ana") }

    it "books once and answers every click with that booking" do
      booker = bookers.first
      attempts = race(10) { place(booker, idempotency_key: "double-click-1") }

      expect(errors_of(attempts)).to eq([])
      expect(attempts.map(&:value)).to all(be_ok)
      expect(attempts.map { |attempt| attempt.value.booking.id }.uniq.size).to eq(1)
      expect(attempts.count { |attempt| attempt.value.created }).to eq(1)
      expect(VolunteerBooking::Booking.count).to eq(1)
    end
  end

  # Two topics' row locks never meet, so only the unique index can decide.
  context "when the same key is sent to two booking topics at once" do
    let(:other_topic) { create_booking_topic }
    let(:other_shift) { create_shift(other_topic, date) }

    before do
      create_volunteer(shift, "ana")
      put_on_rota(other_shift, VolunteerBooking::RotaEntry.first.user)
    end

    it "books once and refuses the other topic's requests" do
      booker = bookers.first
      attempts =
        race(10) do |index|
          if index.even?
            place(booker, idempotency_key: "same-key-12")
          else
            place(booker, idempotency_key: "same-key-12", topic: other_topic, at: other_shift)
          end
        end

      expect(errors_of(attempts)).to eq([])
      expect(VolunteerBooking::Booking.count).to eq(1)
      winner = VolunteerBooking::Booking.first
      outcomes = attempts.map(&:value)
      expect(outcomes.select(&:ok?).map { |outcome| outcome.booking.id }.uniq).to eq([winner.id])
      expect(outcomes.count(&:ok?)).to eq(5)
      expect(outcomes.reject(&:ok?).map(&:error)).to eq([refusal(:idempotency_key_reused)] * 5)
    end
  end
end
