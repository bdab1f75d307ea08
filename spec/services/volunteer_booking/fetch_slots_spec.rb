# frozen_string_literal: true

RSpec.describe VolunteerBooking::FetchSlots do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:topic_id) }
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with volunteers on the rota"

    let(:params) { { topic_id: booking_topic.topic_id } }
    let(:dependencies) { { guardian: Guardian.new } }

    context "when the topic is not a booking topic" do
      let(:params) { { topic_id: Fabricate(:topic).id } }

      it { is_expected.to fail_to_find_a_model(:booking_topic) }
    end

    context "when a visitor asks" do
      it { is_expected.to run_successfully }

      it "gives them the slots, full ones included" do
        2.times do
          Fabricate(:volunteer_booking_booking, booking_topic:, shift:, starts_at: slot_time)
        end

        full = result[:slots].find { |slot| slot.starts_at == slot_time }
        expect(full).to have_attributes(capacity: 2, available: 0)
        expect(result[:slots].size).to be > 1
      end
    end

    context "when the topic is paused" do
      before { booking_topic.update!(paused: true) }

      it "has no slots" do
        expect(result[:slots]).to eq([])
      end
    end
  end
end
