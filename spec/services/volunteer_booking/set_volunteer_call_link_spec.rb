# frozen_string_literal: true

RSpec.describe VolunteerBooking::SetVolunteerCallLink do
  describe described_class::Contract, type: :model do
    it do
      is_expected.to validate_length_of(:call_link).is_at_most(
        VolunteerBooking::Limits.length(:call_link),
      )
    end
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with a volunteer booking topic"

    let(:link) { "https://meet.jit.si/bobs-room" }
    let(:params) { { call_link: link } }
    let(:dependencies) { { guardian: Guardian.new(volunteer) } }
    let(:saved_link) { VolunteerBooking::VolunteerProfile.call_link_of(volunteer.id) }

    context "when the link is not text" do
      let(:params) { { call_link: [link] } }

      it { is_expected.to fail_a_contract }
    end

    context "when the visitor is not signed in" do
      let(:dependencies) { { guardian: Guardian.new } }

      it { is_expected.to fail_a_policy(:signed_in) }
    end

    context "when the link is not https" do
      let(:link) { "http://meet.jit.si/bobs-room" }

      it { is_expected.to fail_with_an_invalid_model(:profile) }

      it "keeps the link the volunteer had" do
        VolunteerBooking::VolunteerProfile.create!(
          user: volunteer,
          call_link: "https://meet.jit.si/old",
        )
        result
        expect(saved_link).to eq("https://meet.jit.si/old")
      end
    end

    context "when the link hides its host behind a user name" do
      let(:link) { "https://meet.jit.si@evil.example/room" }

      it { is_expected.to fail_with_an_invalid_model(:profile) }
    end

    context "when the link is too long" do
      let(:link) { "https://meet.jit.si/#{"a" * 500}" }

      it { is_expected.to fail_a_contract }
    end

    context "when everything is fine" do
      it { is_expected.to run_successfully }

      it "keeps the volunteer's link" do
        expect { result }.to change { saved_link }.from(nil).to(link)
      end

      it "changes a link kept before, keeping one profile" do
        VolunteerBooking::VolunteerProfile.create!(
          user: volunteer,
          call_link: "https://meet.jit.si/old",
        )
        expect { result }.not_to change { VolunteerBooking::VolunteerProfile.count }
        expect(saved_link).to eq(link)
      end
    end

    context "when the link is blank" do
      let(:link) { "   " }

      before do
        VolunteerBooking::VolunteerProfile.create!(
          user: volunteer,
          call_link: "https://meet.jit.si/old",
        )
      end

      it { is_expected.to run_successfully }

      it "clears the link" do
        expect { result }.to change { saved_link }.to(nil)
      end
    end
  end
end
