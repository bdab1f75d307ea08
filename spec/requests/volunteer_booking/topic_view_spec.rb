# frozen_string_literal: true

RSpec.describe "The topic view's volunteer_booking" do
  include_context "with a volunteer booking topic"

  fab!(:plain_topic, :topic)

  it "carries a booking topic's public settings and the viewer's permissions" do
    answer_as(volunteer, 200) { get "/t/#{booking_topic.topic_id}.json" }
    data = response.parsed_body["volunteer_booking"]
    expect(data.keys).to match_array(VolunteerBookingSpec.serialized_keys("BookingTopic"))
    expect(data["topic_id"]).to eq(booking_topic.topic_id)
    expect(data["per_user_limit"]).to eq(booking_topic.per_user_limit)
    expect(data["questions"].map { |q| q["id"] }).to eq(
      VolunteerBooking::BookingTopic::DEFAULT_QUESTIONS.pluck("id"),
    )
    expect(data["shifts"].map { |s| s["id"] }).to eq([shift.id])
    expect(data["permissions"]).to eq(
      "can_book" => true,
      "can_configure" => false,
      "can_volunteer" => true,
    )
    expect(data).not_to have_key("volunteer_guide")
  end

  it "tells an organiser they may configure it" do
    sign_in(organiser)
    get "/t/#{booking_topic.topic_id}.json"
    expect(response.parsed_body["volunteer_booking"]["permissions"]["can_configure"]).to eq(true)
  end

  it "is absent from other topics" do
    answer_as(nil, 200) { get "/t/#{plain_topic.id}.json" }
    expect(response.parsed_body).not_to have_key("volunteer_booking")
  end

  it "is absent when the plugin is disabled" do
    SiteSetting.volunteer_booking_enabled = false
    get "/t/#{booking_topic.topic_id}.json"
    expect(response.parsed_body).not_to have_key("volunteer_booking")
  end
end
