# frozen_string_literal: true

require_relative "../db_helper"

RSpec.describe VolunteerBooking::Placement do
  let(:date) { in_two_days }
  let(:booking_topic) { create_booking_topic }
  let(:shift) { create_shift(booking_topic, date) }
  let(:booker) { create_user("booker") }
  let!(:booking) { create_booking(shift, booker, at(date, "10:00")) }

  before { create_volunteer(shift, "ana") }

  def move(starts_at)
    described_class.move(booking, shift_id: shift.id, starts_at: starts_at, actor: booker)
  end

  it "moves a booking to another open time and bumps its sequence" do
    outcome = move(at(date, "11:00"))

    expect(outcome).to be_ok
    expect(booking.reload).to have_attributes(
      starts_at: at(date, "11:00"),
      ends_at: at(date, "11:30"),
      sequence: 1,
    )
  end

  it "refuses to move a booking to the time it already has, and changes nothing" do
    outcome = move(at(date, "10:00"))

    expect(outcome.error).to eq(I18n.t("volunteer_booking.errors.same_time"))
    expect(booking.reload).to have_attributes(starts_at: at(date, "10:00"), sequence: 0)
  end

  # Its own place is not counted against it: 10:15 overlaps 10:00-10:30,
  # which only this booking holds.
  it "moves a booking to a time overlapping its own" do
    booking_topic.update!(session_minutes: 15)

    expect(move(at(date, "10:15"))).to be_ok
  end
end
