# frozen_string_literal: true

RSpec.describe VolunteerBooking::BookingSerializer do
  include_context "with volunteers on the rota"

  fab!(:admin)
  fab!(:booking) do
    Fabricate(
      :volunteer_booking_booking,
      booking_topic:,
      shift:,
      booker:,
      starts_at: slot_time,
      status: :claimed,
      picker: volunteer,
      claimed_at: Time.utc(2026, 12, 1, 11),
    )
  end

  # The keys of api-types.ts Booking, answers aside.
  let(:keys) do
    %w[
      id
      topic_id
      topic_title
      shift_id
      starts_at
      ends_at
      status
      sequence
      booker
      picker
      claimed_at
      cancelled_by
      cancel_reason
      permissions
      calendar_url
    ]
  end

  def serialize(user)
    described_class.new(booking, scope: Guardian.new(user), root: false).as_json.deep_stringify_keys
  end

  def all_keys(value)
    case value
    when Hash
      value.keys.map(&:to_s) + value.values.flat_map { |inner| all_keys(inner) }
    when Array
      value.flat_map { |inner| all_keys(inner) }
    else
      []
    end
  end

  it "writes the booking in the api-types.ts shape" do
    json = serialize(booker)

    expect(json.keys).to match_array(keys + ["answers"])
    expect(json).to include(
      "id" => booking.id,
      "topic_id" => booking_topic.topic_id,
      "topic_title" => booking_topic.topic.title,
      "shift_id" => shift.id,
      "starts_at" => "2026-12-02T14:00:00Z",
      "ends_at" => "2026-12-02T14:30:00Z",
      "status" => "claimed",
      "sequence" => 0,
      "claimed_at" => "2026-12-01T11:00:00Z",
      "cancelled_by" => nil,
      "cancel_reason" => nil,
      "permissions" => {
        "can_cancel" => true,
        "can_reschedule" => true,
      },
      "calendar_url" => "/volunteer-booking/bookings/#{booking.id}/calendar.ics",
    )
    expect(json["booker"].keys).to contain_exactly("id", "username", "name", "avatar_template")
    expect(json["picker"]["id"]).to eq(volunteer.id)
  end

  it "shows the answers to the booker, the volunteer who picked it up, organisers and staff" do
    [booker, volunteer, organiser, admin].each do |user|
      expect(serialize(user)["answers"]).to eq(booking.answers)
    end
  end

  it "hides the answers from everyone else, key and all" do
    [other_volunteer, outsider, nil].each do |user|
      json = serialize(user)
      expect(json).not_to have_key("answers")
      expect(json.to_json).not_to include("I was laid off")
      expect(json["permissions"]).to eq("can_cancel" => false, "can_reschedule" => false)
    end
  end

  it "never carries an email address" do
    [booker, volunteer, organiser, admin, outsider].each do |user|
      json = serialize(user)
      expect(all_keys(json).grep(/email/)).to be_empty
      expect(json.to_json).not_to include(booker.email, volunteer.email)
    end
  end

  it "offers no changes to a cancelled booking" do
    booking.update!(status: :cancelled, cancelled_by: organiser, cancel_reason: "Duplicate")

    json = serialize(booker)
    expect(json["permissions"]).to eq("can_cancel" => false, "can_reschedule" => false)
    expect(json["cancelled_by"]["id"]).to eq(organiser.id)
    expect(json["cancel_reason"]).to eq("Duplicate")
  end

  it "writes a deleted booker as null" do
    booking.update!(booker_id: -42)

    expect(serialize(organiser)["booker"]).to be_nil
  end
end
