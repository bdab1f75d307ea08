# frozen_string_literal: true

RSpec.describe VolunteerBooking::SetGapNotifications do
  describe described_class::Contract, type: :model do
    it { is_expected.to allow_value(true, false).for(:enabled) }
    it { is_expected.not_to allow_value(nil).for(:enabled) }
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with a volunteer booking topic"

    let(:params) { { enabled: true } }
    let(:dependencies) { { guardian: Guardian.new(volunteer) } }
    let(:notified) { VolunteerBooking::VolunteerProfile.notify_gaps?(volunteer.id) }

    context "when the choice is not a boolean" do
      let(:params) { { enabled: "yes" } }

      it { is_expected.to fail_a_contract }
    end

    context "when the visitor is not signed in" do
      let(:dependencies) { { guardian: Guardian.new } }

      it { is_expected.to fail_a_policy(:signed_in) }
    end

    context "when everything is fine" do
      it { is_expected.to run_successfully }

      it "keeps the choice" do
        expect { result }.to change { notified }.from(false).to(true)
      end

      it "keeps the rest of the volunteer's one profile as it was" do
        profile =
          VolunteerBooking::VolunteerProfile.create!(
            user: volunteer,
            call_link: "https://meet.jit.si/room",
          )
        result
        expect(VolunteerBooking::VolunteerProfile.where(user: volunteer).sole).to have_attributes(
          id: profile.id,
          call_link: "https://meet.jit.si/room",
          notify_gaps: true,
        )
      end
    end

    context "when the volunteer switches it off" do
      let(:params) { { enabled: false } }

      before { VolunteerBooking::VolunteerProfile.create!(user: volunteer, notify_gaps: true) }

      it "keeps that" do
        expect { result }.to change { notified }.from(true).to(false)
      end
    end
  end
end
