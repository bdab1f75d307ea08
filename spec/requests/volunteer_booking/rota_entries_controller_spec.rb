# frozen_string_literal: true

RSpec.describe VolunteerBooking::RotaEntriesController do
  include_context "with a volunteer booking topic"

  let(:path) { "/volunteer-booking/topics/#{booking_topic.topic_id}/rota-entries" }

  describe "POST /volunteer-booking/topics/:topic_id/rota-entries" do
    it "puts a volunteer on a shift every week" do
      sign_in(volunteer)

      expect { post "#{path}.json", **json(shift_id: shift.id, on_date: nil) }.to change {
        VolunteerBooking::RotaEntry.count
      }.by(1)

      expect(response.status).to eq(200)
      entry = response.parsed_body["rota_entry"]
      expect(entry.keys).to contain_exactly("id", "shift_id", "on_date", "user")
      expect(entry).to include("shift_id" => shift.id, "on_date" => nil)
      expect(entry["user"]).to include("id" => volunteer.id, "username" => volunteer.username)
    end

    it "puts a volunteer on one date" do
      answer_as(volunteer, 200) do
        post "#{path}.json", **json(shift_id: shift.id, on_date: "2026-12-09")
      end
      expect(response.parsed_body["rota_entry"]["on_date"]).to eq("2026-12-09")
    end

    it "refuses someone who is not a volunteer (403), changing nothing" do
      sign_in(outsider)

      expect { post "#{path}.json", **json(shift_id: shift.id) }.not_to change {
        VolunteerBooking::RotaEntry.count
      }

      expect(response.status).to eq(403)
    end

    it "answers a date on the wrong weekday with 422" do
      sign_in(volunteer)
      post "#{path}.json", **json(shift_id: shift.id, on_date: "2026-12-10")

      expect_answer(422, I18n.t("volunteer_booking.errors.on_date_wrong_weekday"))
    end

    it "answers a second entry for the same week with 422" do
      rota_entry_for(volunteer)
      sign_in(volunteer)
      post "#{path}.json", **json(shift_id: shift.id)

      expect_answer(422, I18n.t("volunteer_booking.errors.already_on_shift"))
    end

    it "lets an organiser add a volunteer, but not someone else" do
      sign_in(organiser)

      post "#{path}.json", **json(shift_id: shift.id, user_id: other_volunteer.id)
      expect(response.status).to eq(200)
      expect(response.parsed_body["rota_entry"]["user"]["id"]).to eq(other_volunteer.id)

      post "#{path}.json", **json(shift_id: shift.id, user_id: outsider.id)
      expect_answer(
        422,
        I18n.t("volunteer_booking.errors.not_a_volunteer", username: outsider.username),
      )
    end
  end

  describe "DELETE /volunteer-booking/topics/:topic_id/rota-entries/:id" do
    fab!(:rota_entry) { rota_entry_for(volunteer) }

    it "lets volunteers leave" do
      answer_as(volunteer, 200) { delete "#{path}/#{rota_entry.id}.json" }
      expect(VolunteerBooking::RotaEntry.exists?(rota_entry.id)).to eq(false)
    end

    it "does not let another volunteer remove them" do
      expect_refused(other_volunteer) { delete "#{path}/#{rota_entry.id}.json" }
      expect(VolunteerBooking::RotaEntry.exists?(rota_entry.id)).to eq(true)
    end
  end
end
