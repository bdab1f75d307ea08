# frozen_string_literal: true

RSpec.describe VolunteerBooking::AddShift do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:topic_id) }
    it { is_expected.to validate_presence_of(:weekday) }
    it { is_expected.to validate_presence_of(:starts_at) }
    it { is_expected.to validate_presence_of(:ends_at) }
    it { is_expected.to validate_presence_of(:time_zone) }
    it { is_expected.to allow_value(1, 20).for(:volunteers_wanted) }
    it { is_expected.not_to allow_value(0, 21, 1.5).for(:volunteers_wanted) }
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with a volunteer booking topic"

    let(:shift_params) do
      { weekday: 5, starts_at: "13:00", ends_at: "17:00", time_zone: "Europe/London" }
    end
    let(:params) { shift_params.merge(topic_id: booking_topic.topic_id) }
    let(:dependencies) { { guardian: Guardian.new(organiser) } }

    context "when params are not valid" do
      let(:params) { { topic_id: booking_topic.topic_id } }

      it { is_expected.to fail_a_contract }
    end

    context "when the topic is not a booking topic" do
      let(:params) { shift_params.merge(topic_id: Fabricate(:topic).id) }

      it { is_expected.to fail_to_find_a_model(:booking_topic) }
    end

    context "when the user is not an organiser" do
      let(:dependencies) { { guardian: Guardian.new(volunteer) } }

      it { is_expected.to fail_a_policy(:can_configure) }
    end

    context "when the zone is unknown" do
      let(:params) { super().merge(time_zone: "Mars/Olympus") }

      it { is_expected.to fail_with_an_invalid_model(:shift) }

      it "says why" do
        expect(result[:shift].errors.full_messages).to include(
          I18n.t("volunteer_booking.errors.time_zone_unknown", zone: "Mars/Olympus"),
        )
      end
    end

    context "when the shift ends before it starts" do
      let(:params) { super().merge(starts_at: "17:00", ends_at: "13:00") }

      it { is_expected.to fail_with_an_invalid_model(:shift) }
    end

    context "when a time is not a time" do
      let(:params) { super().merge(ends_at: "25:00") }

      it { is_expected.to fail_with_an_invalid_model(:shift) }
    end

    context "when it overlaps another shift of the topic" do
      # 08:30 in New York is 13:30 in London: inside Wednesday 13:00-17:00.
      let(:params) do
        super().merge(
          weekday: 3,
          starts_at: "08:30",
          ends_at: "09:30",
          time_zone: "America/New_York",
        )
      end

      it { is_expected.to fail_a_step(:ensure_no_overlap) }

      it "adds nothing" do
        expect { result }.not_to change { VolunteerBooking::Shift.count }
      end
    end

    context "when the topic has as many shifts as allowed" do
      before do
        Fabricate.times(
          VolunteerBooking::BookingTopic::MAX_SHIFTS - 1,
          :volunteer_booking_shift,
          booking_topic:,
        )
      end

      it { is_expected.to fail_a_step(:ensure_room) }
    end

    context "when everything is fine" do
      it { is_expected.to run_successfully }

      it "adds the shift" do
        expect { result }.to change { booking_topic.shifts.count }.by(1)
        expect(result[:shift]).to have_attributes(
          weekday: 5,
          starts_at: "13:00",
          ends_at: "17:00",
          time_zone: "Europe/London",
        )
      end
    end
  end
end
