# frozen_string_literal: true

RSpec.describe VolunteerBooking::LeaveShift do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:topic_id) }
    it { is_expected.to validate_presence_of(:rota_entry_id) }
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with a volunteer booking topic"

    fab!(:rota_entry) { rota_entry_for(volunteer) }

    let(:params) { { topic_id: booking_topic.topic_id, rota_entry_id: rota_entry.id } }
    let(:dependencies) { { guardian: Guardian.new(volunteer) } }

    context "when the entry is not in this topic" do
      let(:params) do
        {
          topic_id: booking_topic.topic_id,
          rota_entry_id: Fabricate(:volunteer_booking_rota_entry).id,
        }
      end

      it { is_expected.to fail_to_find_a_model(:rota_entry) }
    end

    context "when another volunteer tries to remove it" do
      let(:dependencies) { { guardian: Guardian.new(other_volunteer) } }

      it { is_expected.to fail_a_policy(:can_edit_rota_entry) }
    end

    context "when the volunteer leaves" do
      it { is_expected.to run_successfully }

      it "removes the entry" do
        expect { result }.to change { VolunteerBooking::RotaEntry.count }.by(-1)
      end
    end

    context "when an organiser removes it" do
      let(:dependencies) { { guardian: Guardian.new(organiser) } }

      it { is_expected.to run_successfully }
    end
  end
end
