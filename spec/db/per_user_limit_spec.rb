# frozen_string_literal: true

require_relative "../db_helper"

# A booker's open or taken request is a booking on its way: booking counts
# it towards per_user_limit, as asking counts bookings (BookingRules).
RSpec.describe VolunteerBooking::Placement do
  let(:booking_topic) { create_booking_topic(per_user_limit: 1) }
  let(:date) { in_two_days }
  let(:shift) { create_shift(booking_topic, date) }
  let(:booker) { create_user("bea") }
  let(:volunteer) { create_volunteer(shift, "ana") }
  let(:mondays) { [{ "weekday" => 1, "date" => nil, "from" => "09:00", "to" => "11:00" }] }

  def place
    described_class.place(
      booking_topic,
      booker: booker,
      shift_id: shift.id,
      starts_at: at(date, "10:00"),
      answers: {
      },
      idempotency_key: nil,
    )
  end

  def ask(topic = booking_topic)
    VolunteerBooking::BookingRequest.create!(
      booking_topic: topic,
      requester_id: booker.id,
      windows: mondays,
      time_zone: "Europe/London",
    )
  end

  let(:limit_reached) { I18n.t("volunteer_booking.errors.limit_reached", limit: 1) }

  before { volunteer }

  it "refuses a booking while the booker's request is open or taken" do
    request = ask
    expect(place.error).to eq(limit_reached)

    VolunteerBooking::BookingRequest.take(request.id, taker_id: volunteer.id, now: Time.current)
    expect(place.error).to eq(limit_reached)

    VolunteerBooking::BookingRequest.withdraw(request.id, now: Time.current)
    expect(place).to be_ok
  end

  it "does not count a request in another booking topic" do
    ask(create_booking_topic)
    expect(place).to be_ok
  end
end
