# frozen_string_literal: true

require_relative "../db_helper"

# Two actions on one booking at the same moment must end as if one had run
# after the other, whichever went first: never a mix of both.
RSpec.describe VolunteerBooking::Booking, :concurrency do
  include VolunteerBookingDbSpec::Race

  # Seconds: about how long a reschedule takes here.
  JITTER = 0.03

  let(:date) { in_two_days }
  let(:booking_topic) { create_booking_topic }
  let(:shift) { create_shift(booking_topic, date) }
  let(:booker) { create_user("booker", timezone: "America/New_York") }
  let(:volunteer) { create_volunteer(shift, "ana") }

  before { volunteer }

  # What CancelBooking does in its transaction; returns the status it found.
  def cancel(booking_id)
    booking = described_class.find(booking_id)
    booking.lock!
    found = booking.status
    booking.cancel!(by_id: booker.id, reason: "Found a job", now: Time.current) if booking.active?
    found
  end

  def pick_up(booking_id)
    VolunteerBooking::PickUp.call(
      described_class.find(booking_id),
      holder: volunteer,
      now: Time.current,
    )
  end

  def move(booking_id, starts_at)
    VolunteerBooking::Placement.move(
      described_class.find(booking_id),
      shift_id: shift.id,
      starts_at: starts_at,
      actor: booker,
    )
  end

  it "cancels a booking being picked up either before the pick-up or after it" do
    seen = []
    10.times do |round|
      booking = create_booking(shift, booker, at(date, "09:00") + (round * 30).minutes)

      cancelled, refusal =
        race(2, jitter: JITTER) do |index|
          index.zero? ? cancel(booking.id) : pick_up(booking.id)
        end.map(&:value)

      booking.reload
      expect(booking.status).to eq("cancelled")
      if refusal.nil?
        # Picked up first: the cancel found it picked up and cancelled the session.
        expect([cancelled, booking.holder_id]).to eq(["picked_up", volunteer.id])
      else
        expect([cancelled, booking.holder_id, refusal]).to eq(
          ["pending", nil, I18n.t("volunteer_booking.errors.booking_not_active")],
        )
      end
      expect(booking.sequence).to eq(1)
      seen << cancelled
    end
    expect(seen).to all(be_in(%w[pending picked_up]))
  end

  # Ana already holds 11:00-11:30 elsewhere (Ben keeps 11:00 open here).
  # Moving this booking to 11:00 and Ana picking it up are each fine alone;
  # together they would give her two sessions at once, so one must lose.
  it "never lets a reschedule and a pick-up together double-book the volunteer" do
    create_volunteer(shift, "ben")
    other_shift = create_shift(create_booking_topic, date)
    put_on_rota(other_shift, volunteer)
    create_booking(
      other_shift,
      create_user("elsewhere"),
      at(date, "11:00"),
      status: :picked_up,
      holder_id: volunteer.id,
    )

    4.times do |round|
      starts_at = at(date, "13:00") + round.hours
      booking = create_booking(shift, create_user("mover#{round}"), starts_at)
      move_outcome, refusal =
        race(2, jitter: JITTER) do |index|
          index.zero? ? move(booking.id, at(date, "11:00")) : pick_up(booking.id)
        end.map(&:value)

      booking.reload
      if move_outcome.ok?
        # Moved first: the pick-up found the volunteer busy at 11:00.
        expect([booking.status, booking.starts_at]).to eq(["pending", at(date, "11:00")])
        expect(refusal).to start_with("ana already holds a session at")
      else
        # Picked up first: the move found its volunteer busy at 11:00.
        expect(refusal).to be_nil
        expect([booking.status, booking.starts_at]).to eq(["picked_up", starts_at])
        expect(move_outcome.error).to start_with("ana already holds a session at")
      end
      expect(
        described_class
          .picked_up
          .where(holder_id: volunteer.id)
          .overlapping(at(date, "11:00"), at(date, "11:30"))
          .count,
      ).to eq(1)
      # Frees Ben's place at 11:00 for the next round.
      booking.update!(status: :cancelled)
    end
  end

  # The escalation job expires a booking nobody picked up by its start; the
  # booker moves it into the future at that very moment.
  it "never expires a booking that has just been moved into the future" do
    10.times do |round|
      booking = create_booking(shift, booker, at(date, "09:00") + (round * 30).minutes)
      started = Time.current.change(usec: 0) - 1.minute
      booking.update_columns(starts_at: started, ends_at: started + 30.minutes)
      later = at(date, "09:00") + (round * 30).minutes

      move_outcome, expired =
        race(2, jitter: JITTER) do |index|
          if index.zero?
            move(booking.id, later)
          else
            described_class.expire(booking.id, now: Time.current)
          end
        end.map(&:value)

      booking.reload
      if expired
        expect(booking).to have_attributes(status: "cancelled", starts_at: started)
        expect(booking.expired_at).to be_present
        expect(move_outcome.error).to eq(I18n.t("volunteer_booking.errors.booking_not_active"))
      else
        expect(move_outcome).to be_ok
        expect(booking).to have_attributes(status: "pending", starts_at: later, expired_at: nil)
      end
    end
  end
end
