# frozen_string_literal: true

require_relative "../db_helper"

# The caps that keep the SlotEngine's bookings and busy entries bounded
# hold when requests arrive together: each is counted under the lock that
# already serialises the write (the topic's row, the volunteer's lock).
RSpec.describe VolunteerBooking::Booking, :concurrency do
  include VolunteerBookingDbSpec::Race

  let(:date) { in_two_days }
  let(:booking_topic) { create_booking_topic }
  let(:shift) { create_shift(booking_topic, date) }

  # count bookings of the topic, a minute long and a minute apart from
  # start, by users who need not exist (the table has no key to users).
  def fill(count, start, **attributes)
    now = Time.current
    rows =
      Array.new(count) do |index|
        starts_at = start + index.minutes
        {
          booking_topic_id: booking_topic.id,
          shift_id: shift.id,
          booker_id: 100_000 + index,
          starts_at: starts_at,
          ends_at: starts_at + 1.minute,
          created_at: now,
          updated_at: now,
          **attributes,
        }
      end
    described_class.insert_all!(rows)
  end

  def place(booker, starts_at)
    described_class.transaction do
      VolunteerBooking::Placement.place(
        VolunteerBooking::BookingTopic.find(booking_topic.id),
        booker: booker,
        shift_id: shift.id,
        starts_at: starts_at,
        answers: {
        },
        idempotency_key: nil,
      )
    end
  end

  context "with 10 bookers racing for the last 2 upcoming bookings of a topic" do
    let(:bookers) { Array.new(10) { |index| create_user("booker#{index}") } }

    before do
      10.times { |index| create_volunteer(shift, "volunteer#{index}") }
      fill(VolunteerBooking::BookingTopic::MAX_UPCOMING_BOOKINGS - 2, at(date + 365, "00:00"))
      bookers
    end

    it "books two and tells the other eight the topic is full" do
      attempts = race(10) { |index| place(bookers[index], at(date, "10:00")) }

      expect(errors_of(attempts)).to eq([])
      outcomes = attempts.map(&:value)
      expect(outcomes.count(&:ok?)).to eq(2)
      expect(outcomes.reject(&:ok?).map(&:error)).to eq(
        [I18n.t("volunteer_booking.errors.topic_full", max: 10_000)] * 8,
      )
    end

    it "counts neither bookings that are over nor cancelled ones" do
      described_class.where(booker_id: 100_000...100_010).update_all(
        starts_at: 2.hours.ago,
        ends_at: 1.hour.ago,
      )
      described_class.where(booker_id: 100_010...100_020).update_all(status: :cancelled)

      attempts = race(10) { |index| place(bookers[index], at(date, "10:00")) }

      expect(attempts.map(&:value).count(&:ok?)).to eq(10)
    end
  end

  context "with a volunteer one session short of the most they can hold" do
    let(:volunteer) { create_volunteer(shift, "ana") }
    let(:pending) do
      Array.new(10) do |index|
        create_booking(
          shift,
          create_user("booker#{index}"),
          at(date, "09:00") + (index * 30).minutes,
        )
      end
    end

    before do
      fill(
        described_class::MAX_HELD - 1,
        at(date + 30, "00:00"),
        status: described_class.statuses[:picked_up],
        holder_id: volunteer.id,
        picked_up_at: Time.current,
      )
      pending
    end

    it "lets one of ten pick-ups at once through, and tells the others why" do
      attempts =
        race(10) do |index|
          VolunteerBooking::PickUp.call(
            described_class.find(pending[index].id),
            holder: volunteer,
            now: Time.current,
          )
        end

      expect(errors_of(attempts)).to eq([])
      expect(described_class.picked_up.where(holder_id: volunteer.id).count).to eq(100)
      expect(attempts.map(&:value).compact).to eq(
        [I18n.t("volunteer_booking.errors.holds_most_sessions", username: "ana", max: 100)] * 9,
      )
    end
  end
end
