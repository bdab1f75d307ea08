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

  it "is active while pending or claimed" do
    active =
      described_class.statuses.keys.select do |status|
        booking.status = status
        booking.active?
      end
    expect(active).to eq(%w[pending claimed])
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

  describe ".claim" do
    fab!(:picker, :user)
    fab!(:other_picker, :user)

    let(:now) { Time.utc(2026, 12, 1, 12) }

    before { booking.save! }

    it "gives a pending booking to the first caller only" do
      expect(described_class.claim(booking.id, picker_id: picker.id, now:)).to eq(true)
      expect(described_class.claim(booking.id, picker_id: other_picker.id, now:)).to eq(false)
      expect(booking.reload).to have_attributes(
        status: "claimed",
        picker_id: picker.id,
        claimed_at: now,
      )
    end

    it "does not claim a cancelled booking or one that has started" do
      booking.update!(status: :cancelled)
      expect(described_class.claim(booking.id, picker_id: picker.id, now:)).to eq(false)

      booking.update!(status: :pending)
      expect(described_class.claim(booking.id, picker_id: picker.id, now: booking.starts_at)).to eq(
        false,
      )
      expect(booking.reload.picker_id).to be_nil
    end
  end

  it "knows what its state allows" do
    now = booking.starts_at - 1.hour
    expect(booking.can_be_picked_up?(now)).to eq(true)
    expect(booking.can_be_picked_up?(booking.starts_at)).to eq(false)

    booking.status = :claimed
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
    ).to eq(%w[claimed held no_show])
  end
end
