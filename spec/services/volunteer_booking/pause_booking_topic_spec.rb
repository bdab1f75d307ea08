# frozen_string_literal: true

RSpec.describe VolunteerBooking::PauseBookingTopic do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:topic_id) }
    it { is_expected.not_to allow_value("x" * 501).for(:message) }
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with a volunteer booking topic"

    let(:params) { { topic_id: booking_topic.topic_id, message: "Back on 5 January." } }
    let(:dependencies) { { guardian: Guardian.new(organiser) } }

    context "when the topic is not a booking topic" do
      let(:params) { { topic_id: Fabricate(:topic).id } }

      it { is_expected.to fail_to_find_a_model(:booking_topic) }
    end

    context "when the user is not an organiser" do
      let(:dependencies) { { guardian: Guardian.new(volunteer) } }

      it { is_expected.to fail_a_policy(:can_configure) }
    end

    context "when an organiser pauses it" do
      it { is_expected.to run_successfully }

      it "pauses it with the message" do
        result
        expect(booking_topic.reload).to have_attributes(
          paused: true,
          paused_message: "Back on 5 January.",
        )
      end
    end
  end
end
