# frozen_string_literal: true

RSpec.describe VolunteerBooking::SlotsController do
  include_context "with volunteers on the rota"

  let(:path) { "/volunteer-booking/topics/#{booking_topic.topic_id}/slots.json" }

  describe "GET /volunteer-booking/topics/:topic_id/slots" do
    it "shows visitors the slots in the api-types.ts Slot shape" do
      booking_here(starts_at: slot_time)

      get path

      expect(response.status).to eq(200)
      slots = response.parsed_body["slots"]
      expect(slots.first.keys).to contain_exactly(
        "shift_id",
        "starts_at",
        "ends_at",
        "capacity",
        "available",
      )
      expect(slots).to include(
        {
          "shift_id" => shift.id,
          "starts_at" => "2026-12-02T14:00:00Z",
          "ends_at" => "2026-12-02T14:30:00Z",
          "capacity" => 2,
          "available" => 1,
        },
      )
    end

    it "says when all the slots fit in one page" do
      get path

      expect(response.parsed_body).to include("more" => false, "cursor" => nil)
    end

    it "caps the slots at a page and gives the cursor of the rest" do
      stub_const("VolunteerBooking::Page::SIZES", VolunteerBooking::Page::SIZES.merge(slots: 2))

      get path
      first = response.parsed_body
      get path, params: { cursor: first["cursor"] }
      second = response.parsed_body

      expect(first["slots"].size).to eq(2)
      expect(first).to include("more" => true, "cursor" => a_string_matching(/\A[\w-]+\z/))
      expect(second["slots"].size).to eq(2)
      expect(second["slots"].first["starts_at"]).to be > first["slots"].last["starts_at"]
    end

    it_behaves_like "a list that refuses a cursor it did not give out", :path

    it "never tells who is on the rota" do
      get path

      expect(response.body).not_to include(volunteer.username)
      expect(response.body).not_to include("volunteer_ids")
    end

    it "includes full slots" do
      2.times { booking_here(starts_at: slot_time) }
      sign_in(booker)

      get path

      slot = response.parsed_body["slots"].find { |s| s["starts_at"] == "2026-12-02T14:00:00Z" }
      expect(slot["available"]).to eq(0)
    end

    it "has none while the topic is paused" do
      booking_topic.update!(paused: true)
      get path

      expect(response.status).to eq(200)
      expect(response.parsed_body["slots"]).to eq([])
    end

    it "is 404 for a topic the viewer cannot see" do
      booking_topic.topic.trash!
      get path

      expect(response.status).to eq(404)
    end

    it "is 404 for a topic that is not a booking topic" do
      get "/volunteer-booking/topics/#{Fabricate(:topic).id}/slots.json"

      expect(response.status).to eq(404)
    end
  end
end
