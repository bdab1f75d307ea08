# frozen_string_literal: true

require_relative "../db_helper"

RSpec.describe VolunteerBooking::PickUp, :concurrency do
  include VolunteerBookingDbSpec::Race

  let(:date) { in_two_days }
  let(:booking_topic) { create_booking_topic }
  let(:shift) { create_shift(booking_topic, date) }
  let(:booker) { create_user("booker") }

  context "with ten volunteers picking up one booking at once" do
    let(:volunteers) { Array.new(10) { |index| create_volunteer(shift, "volunteer#{index}") } }
    let!(:booking) { create_booking(shift, booker, at(date, "10:00")) }

    before { volunteers }

    it "gives it to one and tells the other nine who has it" do
      attempts =
        race(10) do |index|
          described_class.call(
            VolunteerBooking::Booking.find(booking.id),
            holder: volunteers[index],
            now: Time.current,
          )
        end

      expect(errors_of(attempts)).to eq([])
      booking.reload
      expect(booking).to have_attributes(status: "picked_up")
      expect(volunteers.map(&:id)).to include(booking.holder_id)
      refusals = attempts.map(&:value).compact
      expect(refusals).to eq(
        [
          I18n.t(
            "volunteer_booking.errors.already_picked_up",
            username: User.find(booking.holder_id).username,
          ),
        ] * 9,
      )
    end
  end

  # The two bookings' rows are different, so only the volunteer's own lock
  # makes the second pick-up see the first.
  context "with one volunteer picking up overlapping bookings in two topics at once" do
    let(:other_topic) { create_booking_topic }
    let(:other_shift) { create_shift(other_topic, date) }
    let(:volunteer) { create_volunteer(shift, "ana", timezone: "Europe/London") }

    before { put_on_rota(other_shift, volunteer) }

    it "lets one of them through, every time" do
      8.times do |round|
        starts_at = at(date, "09:00") + round.hours
        bookings = [
          create_booking(shift, booker, starts_at),
          create_booking(other_shift, create_user("other#{round}"), starts_at + 10.minutes),
        ]

        attempts =
          race(2) do |index|
            described_class.call(bookings[index], holder: volunteer, now: Time.current)
          end

        expect(errors_of(attempts)).to eq([])
        won = bookings.find { |booking| booking.reload.picked_up? }
        expect(bookings.map(&:status)).to contain_exactly("picked_up", "pending")
        refusals = attempts.map(&:value).compact
        expect(refusals).to eq([VolunteerBooking::VolunteerBusy.message(volunteer, won, volunteer)])
        expect(refusals.first).to match(
          %r{\Aana already holds a session at .+ \(Europe/London\) that overlaps this one\.\z},
        )
      end
    end
  end
end
