# frozen_string_literal: true

RSpec.describe VolunteerBooking::TimeOffsController do
  include_context "with a volunteer booking topic"

  fab!(:time_off) { Fabricate(:volunteer_booking_time_off, user: volunteer, note: "Holiday") }

  it "lists the viewer's own time off" do
    Fabricate(:volunteer_booking_time_off, user: other_volunteer)
    answer_as(volunteer, 200) { get "/volunteer-booking/time-off.json" }
    expect(response.parsed_body["time_off"]).to eq(
      [
        {
          "id" => time_off.id,
          "user_id" => volunteer.id,
          "starts_on" => "2026-12-14",
          "ends_on" => "2026-12-20",
          "note" => "Holiday",
        },
      ],
    )
  end

  it "adds time off" do
    sign_in(volunteer)

    expect {
      post "/volunteer-booking/time-off.json",
           **json(starts_on: "2027-01-04", ends_on: "2027-01-08", note: "Away")
    }.to change { VolunteerBooking::TimeOff.count }.by(1)

    expect(response.status).to eq(200)
    expect(response.parsed_body["time_off"]).to include(
      "user_id" => volunteer.id,
      "starts_on" => "2027-01-04",
      "ends_on" => "2027-01-08",
      "note" => "Away",
    )
  end

  it "answers a range that ends before it starts with 422, adding nothing" do
    sign_in(volunteer)

    expect {
      post "/volunteer-booking/time-off.json",
           **json(starts_on: "2027-01-08", ends_on: "2027-01-04")
    }.not_to change { VolunteerBooking::TimeOff.count }

    expect_answer(422, I18n.t("volunteer_booking.errors.time_off_range_invalid"))
  end

  it "lets only the owner remove it, answering anyone else as for an id nobody has" do
    not_theirs =
      answer_as(other_volunteer, 404) { delete "/volunteer-booking/time-off/#{time_off.id}.json" }

    delete "/volunteer-booking/time-off/#{time_off.id + 1000}.json"
    expect(response.status).to eq(404)
    expect(response.parsed_body).to eq(not_theirs)
    expect(VolunteerBooking::TimeOff.exists?(time_off.id)).to eq(true)

    answer_as(volunteer, 200) { delete "/volunteer-booking/time-off/#{time_off.id}.json" }
    expect(VolunteerBooking::TimeOff.exists?(time_off.id)).to eq(false)
  end

  it "asks visitors to log in" do
    answer_as(nil, 403) { get "/volunteer-booking/time-off.json" }
  end
end
