# frozen_string_literal: true

RSpec.describe VolunteerBooking::RemoveTimeOff do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:time_off_id) }
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with a volunteer booking topic"

    fab!(:admin)
    fab!(:time_off) { Fabricate(:volunteer_booking_time_off, user: volunteer) }

    let(:params) { { time_off_id: time_off.id } }
    let(:dependencies) { { guardian: Guardian.new(volunteer) } }

    context "when it does not exist" do
      let(:params) { { time_off_id: -1 } }

      it { is_expected.to fail_to_find_a_model(:time_off) }
    end

    context "when it is someone else's" do
      let(:dependencies) { { guardian: Guardian.new(organiser) } }

      it "is not found, as if it did not exist" do
        expect(result).to fail_to_find_a_model(:time_off)
        expect(VolunteerBooking::TimeOff.exists?(time_off.id)).to eq(true)
      end
    end

    context "when nobody is signed in" do
      let(:dependencies) { { guardian: Guardian.new } }

      it { is_expected.to fail_a_policy(:signed_in) }
    end

    context "when the owner removes it" do
      it { is_expected.to run_successfully }

      it "deletes it" do
        expect { result }.to change { VolunteerBooking::TimeOff.count }.by(-1)
      end
    end

    context "when staff remove it" do
      let(:dependencies) { { guardian: Guardian.new(admin) } }

      it { is_expected.to run_successfully }
    end
  end
end
