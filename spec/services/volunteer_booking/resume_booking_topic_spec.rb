# frozen_string_literal: true

RSpec.describe VolunteerBooking::ResumeBookingTopic do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:topic_id) }
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with a volunteer booking topic"

    let(:params) { { topic_id: booking_topic.topic_id } }
    let(:dependencies) { { guardian: Guardian.new(organiser) } }

    before { booking_topic.update!(paused: true, paused_message: "On holiday.") }

    context "when the topic is not a booking topic" do
      let(:params) { { topic_id: Fabricate(:topic).id } }

      it { is_expected.to fail_to_find_a_model(:booking_topic) }
    end

    context "when the user is not an organiser" do
      let(:dependencies) { { guardian: Guardian.new(outsider) } }

      it { is_expected.to fail_a_policy(:can_configure) }
    end

    context "when an organiser resumes it" do
      it { is_expected.to run_successfully }

      it "opens it again and drops the message" do
        result
        expect(booking_topic.reload).to have_attributes(paused: false, paused_message: nil)
      end
    end
  end
end
