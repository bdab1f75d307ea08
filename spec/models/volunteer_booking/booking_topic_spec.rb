# frozen_string_literal: true

RSpec.describe VolunteerBooking::BookingTopic do
  fab!(:topic)

  before { enable_current_plugin }

  describe ".build_for" do
    it "starts from the site's defaults and the default questions" do
      SiteSetting.volunteer_booking_default_session_minutes = 45

      booking_topic = described_class.build_for(topic)

      expect(booking_topic).to be_valid
      expect(booking_topic.session_minutes).to eq(45)
      expect(booking_topic.intake_questions.first).to eq(
        "id" => "ica_statement",
        "label" => I18n.t("volunteer_booking.default_questions.ica_statement"),
        "type" => "checkbox",
        "required" => true,
        "link" => "https://ica.coop/en/cooperatives/cooperative-identity",
      )
    end
  end

  describe "validations" do
    subject(:booking_topic) { described_class.build_for(topic) }

    it "checks the questions with the core's rules" do
      booking_topic.intake_questions = [{ "id" => "Bad Id", "label" => "x", "type" => "text" }]

      expect(booking_topic).not_to be_valid
      expect(booking_topic.errors.full_messages).to include(
        I18n.t("volunteer_booking.errors.question_id_invalid", position: 1),
      )
    end

    it "allows one booking topic per topic" do
      Fabricate(:volunteer_booking_topic, topic:)

      expect(booking_topic).not_to be_valid
    end
  end

  describe "destroying the topic" do
    it "removes the booking topic, its shifts and their rota entries" do
      booking_topic = Fabricate(:volunteer_booking_topic, topic:)
      shift = Fabricate(:volunteer_booking_shift, booking_topic:)
      Fabricate(:volunteer_booking_rota_entry, shift:)

      topic.destroy!

      expect(described_class.exists?(booking_topic.id)).to eq(false)
      expect(VolunteerBooking::Shift.exists?(shift.id)).to eq(false)
      expect(VolunteerBooking::RotaEntry.where(shift_id: shift.id)).to be_empty
    end
  end
end
