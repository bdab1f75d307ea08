# frozen_string_literal: true

RSpec.describe VolunteerBooking::GapsController do
  include_context "with a volunteer booking topic"

  fab!(:weekly) { rota_entry_for(volunteer) }

  let(:path) { "/volunteer-booking/topics/#{booking_topic.topic_id}/gaps.json" }

  before { shift.update!(volunteers_wanted: 2) }

  it "refuses visitors, and users who are neither volunteer nor organiser" do
    get path
    statuses = [response.status]
    sign_in(outsider)
    get path
    expect(statuses << response.status).to eq([403, 403])
  end

  it "gives a volunteer the coming four weeks' coverage and gaps in the api-types.ts shapes" do
    body = answer_as(volunteer, 200) { get path }
    expect(body).to include(
      "from" => "2026-12-01",
      "to" => "2026-12-28",
      "covered" => 0,
      "total" => 4,
    )
    expect(body.keys).to contain_exactly("from", "to", "covered", "total", "gaps")
    expect(body["gaps"].size).to eq(4)
    expect(body["gaps"].first.keys).to match_array(VolunteerBookingSpec.serialized_keys("Gap"))
    expect(body["gaps"].first).to include(
      "shift_id" => shift.id,
      "date" => "2026-12-02",
      "starts_at" => "2026-12-02T13:00:00Z",
      "ends_at" => "2026-12-02T17:00:00Z",
      "wanted" => 2,
    )
    expect(body["gaps"].first["volunteers"].map { |user| user["id"] }).to eq([volunteer.id])
    expect(body["gaps"].first["volunteers"].first.keys).to match_array(
      VolunteerBookingSpec.serialized_keys("BasicUser"),
    )
  end
end
