# frozen_string_literal: true

RSpec.describe VolunteerBooking::RotaController do
  include_context "with a volunteer booking topic"

  fab!(:weekly) { rota_entry_for(volunteer) }
  fab!(:dated) { rota_entry_for(other_volunteer, on_date: Date.new(2026, 12, 9)) }
  fab!(:away) do
    Fabricate(
      :volunteer_booking_time_off,
      user: other_volunteer,
      starts_on: Date.new(2026, 12, 14),
      ends_on: Date.new(2026, 12, 20),
      note: "Visiting family",
    )
  end

  let(:path) do
    "/volunteer-booking/topics/#{booking_topic.topic_id}/rota.json?from=2026-11-30&weeks=4"
  end

  it "refuses someone who is neither volunteer nor organiser" do
    expect_refused(outsider) { get path }
  end

  it "gives volunteers the rota in the api-types.ts shapes, without others' notes" do
    body = answer_as(volunteer, 200) { get path }
    expect(body.keys).to contain_exactly(
      "shifts",
      "rota_entries",
      "rota_skips",
      "time_off",
      "volunteers",
      "volunteers_more",
      "volunteers_cursor",
    )
    expect(body["shifts"].map { |s| s["id"] }).to eq([shift.id])
    expect(body["rota_entries"]).to contain_exactly(
      {
        "id" => weekly.id,
        "shift_id" => shift.id,
        "on_date" => nil,
        "user" => {
          "id" => volunteer.id,
          "username" => volunteer.username,
          "name" => volunteer.name.presence,
          "avatar_template" => volunteer.avatar_template,
        },
      },
      include("id" => dated.id, "on_date" => "2026-12-09"),
    )
    expect(body["time_off"]).to eq(
      [
        {
          "id" => away.id,
          "user_id" => other_volunteer.id,
          "starts_on" => "2026-12-14",
          "ends_on" => "2026-12-20",
          "note" => nil,
        },
      ],
    )
    expect(body).to include(
      "volunteers" => [],
      "volunteers_more" => false,
      "volunteers_cursor" => nil,
    )
    expect(response.body).not_to include(volunteer.email)
  end

  it "shows organisers the notes and who they can add" do
    body = answer_as(organiser, 200) { get path }
    expect(body["time_off"].first["note"]).to eq("Visiting family")
    expect(body["volunteers"].map { |u| u["username"] }).to contain_exactly(
      volunteer.username,
      other_volunteer.username,
    )
    expect(body["volunteers"].first.keys).to contain_exactly(
      "id",
      "username",
      "name",
      "avatar_template",
    )
  end

  it "flags to organisers the entries of people who are no longer volunteers" do
    volunteers.remove(other_volunteer)
    sign_in(organiser)
    get path

    expect(response.parsed_body["rota_entries"]).to contain_exactly(
      include("id" => weekly.id, "flagged" => false),
      include("id" => dated.id, "flagged" => true),
    )
  end

  it "answers too many weeks with 422" do
    answer_as(volunteer, 422) do
      get "/volunteer-booking/topics/#{booking_topic.topic_id}/rota.json?weeks=52"
    end
  end

  describe "GET /volunteer-booking/topics/:topic_id/rota/volunteers" do
    let(:volunteers_path) do
      "/volunteer-booking/topics/#{booking_topic.topic_id}/rota/volunteers.json"
    end
    let(:by_username) { [volunteer, other_volunteer].sort_by(&:username_lower) }

    before do
      stub_const(
        "VolunteerBooking::Page::SIZES",
        VolunteerBooking::Page::SIZES.merge(rota_volunteers: 1),
      )
    end

    it "is refused to volunteers and others: only organisers add people" do
      expect_refused(volunteer, outsider) { get volunteers_path }
    end

    it "gives organisers the rest of who they can add, by username, from the rota's cursor" do
      sign_in(organiser)
      get path
      rota = response.parsed_body
      expect(rota["volunteers"].map { |u| u["id"] }).to eq([by_username.first.id])

      json = follow_cursor(rota, "volunteers", volunteers_path)
      expect(json["volunteers"].map { |u| u["id"] }).to eq([by_username.last.id])
      expect(json).to include("more" => false, "cursor" => nil)
    end

    it_behaves_like "a list that refuses a cursor it did not give out", :volunteers_path, :organiser
  end
end
