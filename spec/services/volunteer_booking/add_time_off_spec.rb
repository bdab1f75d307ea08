# frozen_string_literal: true

RSpec.describe VolunteerBooking::AddTimeOff do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:starts_on) }
    it { is_expected.to validate_presence_of(:ends_on) }
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with a volunteer booking topic"

    let(:params) do
      { starts_on: Date.new(2026, 12, 14), ends_on: Date.new(2026, 12, 20), note: "Holiday" }
    end
    let(:dependencies) { { guardian: Guardian.new(volunteer) } }

    context "when params are not valid" do
      let(:params) { { starts_on: Date.new(2026, 12, 14) } }

      it { is_expected.to fail_a_contract }
    end

    context "when the visitor is not signed in" do
      let(:dependencies) { { guardian: Guardian.new } }

      it { is_expected.to fail_a_policy(:can_add_time_off) }
    end

    context "when it ends before it starts" do
      let(:params) { super().merge(ends_on: Date.new(2026, 12, 13)) }

      it { is_expected.to fail_with_an_invalid_model(:time_off) }
    end

    context "when it is too long" do
      let(:params) { super().merge(ends_on: Date.new(2028, 1, 1)) }

      it { is_expected.to fail_with_an_invalid_model(:time_off) }
    end

    context "when the note is too long" do
      let(:params) { super().merge(note: "x" * 201) }

      it { is_expected.to fail_with_an_invalid_model(:time_off) }
    end

    context "when it is over" do
      let(:params) { { starts_on: Date.new(2026, 11, 1), ends_on: Date.new(2026, 11, 7) } }

      it { is_expected.to fail_a_step(:ensure_not_past) }
    end

    context "when the user already has the most time off entries allowed" do
      before do
        stub_const("VolunteerBooking::TimeOff::MAX_CURRENT", 2)
        Fabricate(:volunteer_booking_time_off, user: volunteer)
        Fabricate(
          :volunteer_booking_time_off,
          user: volunteer,
          starts_on: Date.new(2027, 1, 4),
          ends_on: Date.new(2027, 1, 8),
        )
      end

      it "refuses, stating the cap, and saves nothing" do
        expect { result }.not_to change { VolunteerBooking::TimeOff.count }
        expect(result).to fail_a_step(:ensure_within_allowance)
        expect(result["result.step.ensure_within_allowance"].error).to eq(
          I18n.t("volunteer_booking.errors.time_off_too_many", max: 2),
        )
      end

      context "when one of them is over" do
        before do
          VolunteerBooking::TimeOff
            .order(:id)
            .first
            .update!(starts_on: Date.new(2026, 11, 2), ends_on: Date.new(2026, 11, 30))
        end

        it { is_expected.to run_successfully }
      end
    end

    context "when it would take the user past the days allowed" do
      before do
        stub_const("VolunteerBooking::TimeOff::MAX_CURRENT_DAYS", 10)
        Fabricate(
          :volunteer_booking_time_off,
          user: volunteer,
          starts_on: Date.new(2027, 1, 4),
          ends_on: Date.new(2027, 1, 7),
        )
      end

      it "refuses, stating the cap and the days left, and saves nothing" do
        expect { result }.not_to change { VolunteerBooking::TimeOff.count }
        expect(result["result.step.ensure_within_allowance"].error).to eq(
          I18n.t("volunteer_booking.errors.time_off_too_many_days", max: 10, left: 6),
        )
      end
    end

    context "when everything is fine" do
      it { is_expected.to run_successfully }

      it "records it for the user" do
        expect { result }.to change { VolunteerBooking::TimeOff.count }.by(1)
        expect(result[:time_off]).to have_attributes(user_id: volunteer.id, note: "Holiday")
      end
    end
  end
end
