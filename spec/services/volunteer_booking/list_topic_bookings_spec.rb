# frozen_string_literal: true

RSpec.describe VolunteerBooking::ListTopicBookings do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:topic_id) }
    it { is_expected.to allow_values(nil, "", "pending", "no_show").for(:status) }
    it { is_expected.not_to allow_value("lost").for(:status) }

    it "refuses a week it cannot read rather than listing every week" do
      contract = described_class.new(topic_id: 1, week: "next week")
      expect(contract).not_to be_valid
      expect(contract.errors.full_messages).to eq(
        [VolunteerBookingSpec.field_error(:week, :date_invalid)],
      )
    end
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with volunteers on the rota"

    fab!(:this_week) do
      Fabricate(:volunteer_booking_booking, booking_topic:, shift:, starts_at: slot_time)
    end
    fab!(:next_week) do
      Fabricate(
        :volunteer_booking_booking,
        booking_topic:,
        shift:,
        starts_at: slot_time + 7.days,
        status: :cancelled,
      )
    end
    fab!(:elsewhere) { Fabricate(:volunteer_booking_booking, starts_at: slot_time) }

    let(:params) { { topic_id: booking_topic.topic_id } }
    let(:dependencies) { { guardian: Guardian.new(organiser) } }

    context "when a volunteer asks" do
      let(:dependencies) { { guardian: Guardian.new(volunteer) } }

      it { is_expected.to fail_a_policy(:can_see_all_bookings) }
    end

    context "when an organiser asks" do
      it { is_expected.to run_successfully }

      it "lists the topic's bookings by start" do
        expect(result[:bookings]).to eq([this_week, next_week])
      end
    end

    context "when filtering by status" do
      let(:params) { super().merge(status: "cancelled") }

      it "lists those only" do
        expect(result[:bookings]).to eq([next_week])
      end
    end

    context "when filtering by week" do
      let(:params) { super().merge(week: "2026-11-30") }

      it "lists the seven days from that date" do
        expect(result[:bookings]).to eq([this_week])
      end
    end
  end
end
