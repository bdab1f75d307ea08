# frozen_string_literal: true

RSpec.describe VolunteerBooking::ConfigureBookingTopic do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:topic_id) }
    it { is_expected.to allow_value(30).for(:session_minutes) }
    it { is_expected.not_to allow_value(4, 241, nil).for(:session_minutes) }
    it { is_expected.not_to allow_value(-1, 121).for(:buffer_minutes) }
    it { is_expected.not_to allow_value(0, 366).for(:horizon_days) }
    it { is_expected.to allow_value(nil, 1, 50).for(:max_parallel) }
    it { is_expected.not_to allow_value(0, 51).for(:max_parallel) }
    it { is_expected.not_to allow_value(5).for(:min_trust_level) }
    it { is_expected.not_to allow_value("x" * 501).for(:paused_message) }
    it { is_expected.not_to allow_value("x" * 5001).for(:volunteer_guide) }
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with a volunteer booking topic"

    fab!(:admin)
    fab!(:new_topic, :topic)

    let(:settings) do
      {
        session_minutes: 45,
        buffer_minutes: 15,
        min_notice_minutes: 120,
        horizon_days: 30,
        max_parallel: 2,
        per_user_limit: 1,
        min_trust_level: 1,
        paused: false,
        paused_message: nil,
        questions: [
          { id: "story", label: "  What brings you here?  ", type: "textarea", required: true },
        ],
        volunteer_group_ids: [volunteers.id],
        organiser_group_id: organisers.id,
        chat_channel_id: nil,
        volunteer_guide: "Be kind.",
      }
    end
    let(:params) { settings.merge(topic_id: new_topic.id) }
    let(:dependencies) { { guardian: Guardian.new(admin) } }

    context "when params are not valid" do
      let(:params) { settings.merge(topic_id: new_topic.id, session_minutes: 500) }

      it { is_expected.to fail_a_contract }
    end

    context "when the topic does not exist" do
      let(:params) { settings.merge(topic_id: -1) }

      it { is_expected.to fail_to_find_a_model(:topic) }
    end

    context "when an organiser tries to make a new booking topic" do
      let(:dependencies) { { guardian: Guardian.new(organiser) } }

      it { is_expected.to fail_a_policy(:can_configure) }
    end

    context "when a volunteer tries to change a booking topic" do
      let(:params) { settings.merge(topic_id: booking_topic.topic_id) }
      let(:dependencies) { { guardian: Guardian.new(volunteer) } }

      it { is_expected.to fail_a_policy(:can_configure) }
    end

    context "when a volunteer names their own group as the organisers" do
      let(:params) do
        settings.merge(topic_id: booking_topic.topic_id, organiser_group_id: volunteers.id)
      end
      let(:dependencies) { { guardian: Guardian.new(volunteer) } }

      it { is_expected.to fail_a_policy(:can_configure) }
    end

    context "when there are too many questions" do
      let(:params) do
        questions =
          (1..11).map { |n| { id: "q#{n}", label: "Question #{n}", type: "text", required: false } }
        settings.merge(topic_id: new_topic.id, questions:)
      end

      it { is_expected.to fail_a_step(:check_questions) }

      it "says why and saves nothing" do
        expect { result }.not_to change { VolunteerBooking::BookingTopic.count }
        expect(result["result.step.check_questions"].error).to eq(
          I18n.t("volunteer_booking.errors.questions_too_many", max: 10),
        )
      end
    end

    context "when a group does not exist" do
      let(:params) { settings.merge(topic_id: new_topic.id, volunteer_group_ids: [-42]) }

      it { is_expected.to fail_a_step(:check_groups) }
    end

    context "when the chat channel does not exist" do
      let(:params) { settings.merge(topic_id: new_topic.id, chat_channel_id: -42) }

      it { is_expected.to fail_a_step(:check_chat_channel) }
    end

    context "when staff make a topic a booking topic" do
      it { is_expected.to run_successfully }

      it "creates the booking topic with the settings" do
        expect { result }.to change { VolunteerBooking::BookingTopic.count }.by(1)

        booking_topic = new_topic.reload.volunteer_booking_topic
        expect(booking_topic).to have_attributes(
          session_minutes: 45,
          buffer_minutes: 15,
          min_notice_minutes: 120,
          horizon_days: 30,
          max_parallel: 2,
          min_trust_level: 1,
          volunteer_group_ids: [volunteers.id],
          organiser_group_id: organisers.id,
          volunteer_guide: "Be kind.",
          created_by_id: admin.id,
          updated_by_id: admin.id,
        )
        expect(booking_topic.intake_questions).to eq(
          [
            {
              "id" => "story",
              "label" => "What brings you here?",
              "type" => "textarea",
              "required" => true,
            },
          ],
        )
      end
    end

    context "when an organiser changes their booking topic" do
      let(:params) { settings.merge(topic_id: booking_topic.topic_id) }
      let(:dependencies) { { guardian: Guardian.new(organiser) } }

      it { is_expected.to run_successfully }

      it "updates it in place" do
        expect { result }.not_to change { VolunteerBooking::BookingTopic.count }
        expect(booking_topic.reload).to have_attributes(
          session_minutes: 45,
          updated_by_id: organiser.id,
        )
      end
    end
  end
end
