# frozen_string_literal: true

RSpec.describe VolunteerBooking::Booking do
  subject(:booking) { Fabricate.build(:volunteer_booking_booking) }

  before { enable_current_plugin }

  it { is_expected.to be_valid }

  it "refuses an end before the start" do
    booking.ends_at = booking.starts_at
    expect(booking).not_to be_valid
  end

  it "refuses a cancel reason over 500 characters" do
    booking.cancel_reason = "x" * 501
    expect(booking).not_to be_valid
  end

  it "is active while pending or picked up" do
    active =
      described_class.statuses.keys.select do |status|
        booking.status = status
        booking.active?
      end
    expect(active).to eq(%w[pending picked_up])
  end

  it "lists only active bookings as active" do
    pending_booking = Fabricate(:volunteer_booking_booking)
    Fabricate(:volunteer_booking_booking, status: :cancelled)
    Fabricate(:volunteer_booking_booking, status: :held)

    expect(described_class.active).to contain_exactly(pending_booking)
  end

  it "links to its calendar file" do
    booking.save!
    expect(booking.calendar_path).to eq("/volunteer-booking/bookings/#{booking.id}/calendar.ics")
  end

  it "refuses an outcome note over 500 characters" do
    booking.outcome_note = "x" * 501
    expect(booking).not_to be_valid
  end

  describe ".pick_up" do
    fab!(:holder, :user)
    fab!(:other_holder, :user)

    let(:now) { Time.utc(2026, 12, 1, 12) }

    before { booking.save! }

    it "gives a pending booking to the first caller only" do
      expect(described_class.pick_up(booking.id, holder_id: holder.id, now:)).to eq(true)
      expect(described_class.pick_up(booking.id, holder_id: other_holder.id, now:)).to eq(false)
      expect(booking.reload).to have_attributes(
        status: "picked_up",
        holder_id: holder.id,
        picked_up_at: now,
      )
    end

    it "does not pick up a cancelled booking or one that has started" do
      booking.update!(status: :cancelled)
      expect(described_class.pick_up(booking.id, holder_id: holder.id, now:)).to eq(false)

      booking.update!(status: :pending)
      expect(
        described_class.pick_up(booking.id, holder_id: holder.id, now: booking.starts_at),
      ).to eq(false)
      expect(booking.reload.holder_id).to be_nil
    end
  end

  it "knows what its state allows" do
    now = booking.starts_at - 1.hour
    expect(booking.can_be_picked_up?(now)).to eq(true)
    expect(booking.can_be_picked_up?(booking.starts_at)).to eq(false)

    booking.status = :picked_up
    expect(booking.can_be_picked_up?(now)).to eq(false)
    expect(booking.can_be_released?(now)).to eq(true)
    expect(booking.can_be_handed_over?(now)).to eq(true)
    expect(booking.can_be_released?(booking.starts_at)).to eq(false)
    expect(booking.needs_outcome?(booking.ends_at)).to eq(true)
    expect(booking.needs_outcome?(booking.ends_at - 1.minute)).to eq(false)

    expect(
      described_class.statuses.keys.select do |status|
        booking.status = status
        booking.outcome_can_be_marked?
      end,
    ).to eq(%w[picked_up held no_show])
  end
end
