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
end
