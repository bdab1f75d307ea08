# frozen_string_literal: true

RSpec.describe VolunteerBooking::VolunteerPagesController do
  include_context "with a volunteer booking topic"

  let(:path) { "/volunteer-booking/volunteer/gap-notifications.json" }

  describe "PUT /volunteer-booking/volunteer/gap-notifications" do
    it "asks visitors to log in" do
      answer_as(nil, 403) { put path, params: { enabled: true } }
    end

    it "keeps the volunteer's choice, gives it back, and shows it on their page" do
      answer_as(volunteer, 200) { put path, params: { enabled: true }, as: :json }
      expect(response.parsed_body).to eq("notify_gaps" => true)

      get "/volunteer-booking/volunteer.json"
      expect(response.parsed_body["notify_gaps"]).to eq(true)
    end

    it "refuses a choice that is not true or false, with the field's name" do
      answer_as(volunteer, 422) { put path, params: { enabled: "yes" }, as: :json }
      expect(response.parsed_body["errors"]).to eq(
        [
          "#{I18n.t("activemodel.attributes.volunteer_booking/strict_params.enabled")} " \
            "#{I18n.t("activemodel.errors.models.volunteer_booking/strict_params.boolean_invalid")}",
        ],
      )
      expect(VolunteerBooking::VolunteerProfile.notify_gaps?(volunteer.id)).to eq(false)
    end
  end
end
