# frozen_string_literal: true

RSpec.describe VolunteerBooking::UpdateShift do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:topic_id) }
    it { is_expected.to validate_presence_of(:shift_id) }
    it { is_expected.to validate_presence_of(:weekday) }
    it { is_expected.to validate_presence_of(:time_zone) }
    it { is_expected.to allow_value(1, 20).for(:volunteers_wanted) }
    it { is_expected.not_to allow_value(0, 21).for(:volunteers_wanted) }
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with a volunteer booking topic"

    fab!(:friday) do
      Fabricate(
        :volunteer_booking_shift,
        booking_topic:,
        weekday: 5,
        starts_at: "10:00",
        ends_at: "12:00",
      )
    end

    let(:shift_params) do
      { weekday: 5, starts_at: "14:00", ends_at: "16:00", time_zone: "Europe/London" }
    end
    let(:params) { shift_params.merge(topic_id: booking_topic.topic_id, shift_id: friday.id) }
    let(:dependencies) { { guardian: Guardian.new(organiser) } }

    context "when params are not valid" do
      let(:params) { { topic_id: booking_topic.topic_id, shift_id: friday.id } }

      it { is_expected.to fail_a_contract }
    end

    context "when the shift is not in this topic" do
      let(:params) { shift_params.merge(topic_id: booking_topic.topic_id, shift_id: -1) }

      it { is_expected.to fail_to_find_a_model(:shift) }
    end

    context "when the user is not an organiser" do
      let(:dependencies) { { guardian: Guardian.new(volunteer) } }

      it { is_expected.to fail_a_policy(:can_configure) }
    end

    context "when upcoming bookings would fall outside the changed shift" do
      # Friday 4 December 2026, 10:30 and 11:30 London (UTC in December).
      before do
        [Time.utc(2026, 12, 4, 10, 30), Time.utc(2026, 12, 4, 11, 30)].each do |starts_at|
          Fabricate(:volunteer_booking_booking, booking_topic:, shift: friday, starts_at:)
        end
      end

      context "when it is shortened" do
        let(:params) { super().merge(starts_at: "10:00", ends_at: "11:00") }

        it { is_expected.to fail_a_step(:ensure_bookings_still_inside) }

        it "says how many are in the way and keeps the stored shift" do
          expect(result["result.step.ensure_bookings_still_inside"].error).to eq(
            I18n.t("volunteer_booking.errors.bookings_in_the_way", count: 1),
          )
          expect(friday.reload).to have_attributes(ends_at: "12:00")
        end
      end

      context "when it moves to another day" do
        let(:params) { super().merge(weekday: 4, starts_at: "10:00", ends_at: "12:00") }

        it "counts both" do
          expect(result["result.step.ensure_bookings_still_inside"].error).to eq(
            I18n.t("volunteer_booking.errors.bookings_in_the_way", count: 2),
          )
        end
      end

      context "when it grows around them" do
        let(:params) { super().merge(starts_at: "09:00", ends_at: "13:00") }

        it { is_expected.to run_successfully }
      end
    end

    context "when the change is invalid" do
      let(:params) { super().merge(ends_at: "09:00") }

      it { is_expected.to fail_with_an_invalid_model(:shift) }

      it "keeps the stored shift" do
        result
        expect(friday.reload).to have_attributes(ends_at: "12:00")
      end
    end

    context "when it would overlap another shift" do
      let(:params) { super().merge(weekday: 3) }

      it { is_expected.to fail_a_step(:ensure_no_overlap) }
    end

    context "when it only overlaps its old self" do
      let(:params) { super().merge(starts_at: "11:00", ends_at: "13:00") }

      it { is_expected.to run_successfully }
    end

    context "when it moves to another weekday" do
      fab!(:weekly) { Fabricate(:volunteer_booking_rota_entry, shift: friday, user: volunteer) }
      fab!(:dated) do
        Fabricate(
          :volunteer_booking_rota_entry,
          shift: friday,
          user: other_volunteer,
          on_date: Date.new(2026, 12, 4),
        )
      end

      let(:params) { super().merge(weekday: 4) }

      it "keeps the weekly entries and drops the dated ones" do
        expect(result).to run_successfully
        expect(friday.reload.weekday).to eq(4)
        expect(friday.rota_entries).to contain_exactly(weekly)
      end
    end

    context "when everything is fine" do
      it { is_expected.to run_successfully }

      it "saves the change" do
        result
        expect(friday.reload).to have_attributes(starts_at: "14:00", ends_at: "16:00")
      end
    end
  end
end
