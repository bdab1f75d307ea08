# frozen_string_literal: true

RSpec.describe VolunteerBooking::ShiftsController do
  include_context "with a volunteer booking topic"

  let(:path) { "/volunteer-booking/topics/#{booking_topic.topic_id}/shifts" }
  let(:friday) { { weekday: 5, starts_at: "13:00", ends_at: "17:00", time_zone: "Europe/London" } }

  describe "POST /volunteer-booking/topics/:topic_id/shifts" do
    it "adds a shift for an organiser" do
      sign_in(organiser)

      expect { post "#{path}.json", **json(shift: friday) }.to change {
        VolunteerBooking::Shift.count
      }.by(1)

      expect(response.status).to eq(200)
      expect(response.parsed_body["shift"]).to eq(
        "id" => VolunteerBooking::Shift.last.id,
        "weekday" => 5,
        "starts_at" => "13:00",
        "ends_at" => "17:00",
        "time_zone" => "Europe/London",
        "volunteers_wanted" => 1,
      )
    end

    it "refuses a volunteer" do
      sign_in(volunteer)
      expect { post "#{path}.json", **json(shift: friday) }.not_to change {
        VolunteerBooking::Shift.count
      }
      expect(response.status).to eq(403)
    end

    it "answers an unknown zone with 422 and a translated error, adding nothing" do
      sign_in(organiser)

      expect {
        post "#{path}.json", **json(shift: friday.merge(time_zone: "Mars/Olympus"))
      }.not_to change { VolunteerBooking::Shift.count }

      expect_answer(422, I18n.t("volunteer_booking.errors.time_zone_unknown", zone: "Mars/Olympus"))
    end

    it "answers an end before the start with 422, adding nothing" do
      sign_in(organiser)

      expect {
        post "#{path}.json", **json(shift: friday.merge(starts_at: "17:00", ends_at: "09:00"))
      }.not_to change { VolunteerBooking::Shift.count }

      expect_answer(422, I18n.t("volunteer_booking.errors.shift_end_before_start"))
    end

    it "answers a shift overlapping another of the topic with 422, adding nothing" do
      sign_in(organiser)

      expect {
        post "#{path}.json",
             **json(shift: friday.merge(weekday: 3, starts_at: "16:00", ends_at: "18:00"))
      }.not_to change { VolunteerBooking::Shift.count }

      expect(response.status).to eq(422)
      expect(response.parsed_body["errors"].first).to start_with(
        I18n.t("volunteer_booking.errors.shift_overlap", shift: "").split("(").first,
      )
    end

    it "answers a missing field with 422" do
      answer_as(organiser, 422) { post "#{path}.json", **json(shift: friday.except(:time_zone)) }
      expect(response.parsed_body["errors"]).to be_present
    end
  end

  describe "PUT /volunteer-booking/topics/:topic_id/shifts/:id" do
    it "changes a shift" do
      answer_as(organiser, 200) { put "#{path}/#{shift.id}.json", **json(shift: friday) }
      expect(response.parsed_body["shift"]).to include("id" => shift.id, "weekday" => 5)
      expect(shift.reload.weekday).to eq(5)
    end

    it "refuses with 422 a change that leaves an upcoming booking outside" do
      booking_here
      sign_in(organiser)
      put "#{path}/#{shift.id}.json", **json(shift: friday)

      expect_answer(422, I18n.t("volunteer_booking.errors.bookings_in_the_way", count: 1))
      expect(shift.reload.weekday).not_to eq(5)
    end

    it "is 404 for a shift of another topic" do
      answer_as(organiser, 404) do
        put "#{path}/#{Fabricate(:volunteer_booking_shift).id}.json", **json(shift: friday)
      end
    end
  end

  describe "DELETE /volunteer-booking/topics/:topic_id/shifts/:id" do
    it "removes a shift" do
      answer_as(organiser, 200) { delete "#{path}/#{shift.id}.json" }
      expect(response.parsed_body).to eq("success" => "OK")
      expect(VolunteerBooking::Shift.exists?(shift.id)).to eq(false)
    end

    it "refuses with 422 while an upcoming booking needs it" do
      booking_here
      sign_in(organiser)
      delete "#{path}/#{shift.id}.json"

      expect_answer(422, I18n.t("volunteer_booking.errors.bookings_in_the_way", count: 1))
      expect(VolunteerBooking::Shift.exists?(shift.id)).to eq(true)
    end
  end
end
