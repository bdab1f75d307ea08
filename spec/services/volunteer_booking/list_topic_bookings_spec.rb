# frozen_string_literal: true

RSpec.describe VolunteerBooking::ListTopicBookings do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:topic_id) }
    it { is_expected.to allow_values(nil, "", "pending", "no_show").for(:status) }
    it { is_expected.not_to allow_value("lost").for(:status) }

    it_behaves_like "params with a cursor of a time and an id"

    it "refuses a cursor that does not name a booking by start and id" do
      ["not a cursor!", VolunteerBooking::Page.encode([1, 1])].each do |cursor|
        contract = described_class.new(topic_id: 1, cursor:)
        expect(contract).not_to be_valid
        expect(contract.errors.full_messages).to eq(
          [VolunteerBookingSpec.field_error(:cursor, :cursor_invalid)],
        )
      end
    end

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

    fab!(:this_week) { booking_here(starts_at: slot_time) }
    fab!(:next_week) { booking_here(starts_at: slot_time + 7.days, status: :cancelled) }
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
        expect(result[:page].items).to eq([this_week, next_week])
        expect(result[:page].more?).to be(false)
      end
    end

    context "when there are more bookings than a page holds" do
      fab!(:same_start) { booking_here(starts_at: slot_time) }

      before do
        stub_const(
          "VolunteerBooking::Page::SIZES",
          VolunteerBooking::Page::SIZES.merge(topic_bookings: 1),
        )
      end

      it "gives them a page at a time, by start then id, each once" do
        seen = VolunteerBookingSpec.all_pages(described_class, params:, **dependencies)
        expect(seen).to eq([this_week, same_start, next_week])
      end

      it "keeps the filters on the next page" do
        first = described_class.call(params: params.merge(status: "pending"), **dependencies)
        rest =
          described_class.call(
            params: params.merge(status: "pending", cursor: first[:page].cursor),
            **dependencies,
          )
        expect(first[:page].items + rest[:page].items).to eq([this_week, same_start])
        expect(rest[:page].more?).to be(false)
      end
    end

    context "when the cursor is not one" do
      let(:params) { super().merge(cursor: "not a cursor!") }

      it { is_expected.to fail_a_contract }
    end

    context "when filtering by status" do
      let(:params) { super().merge(status: "cancelled") }

      it "lists those only" do
        expect(result[:page].items).to eq([next_week])
      end
    end

    context "when asking for one week and all upcoming at once" do
      let(:params) { super().merge(week: "2026-11-30", upcoming: true) }

      it { is_expected.to fail_a_contract }
    end

    context "when listing all upcoming" do
      let(:params) { super().merge(upcoming: true) }

      before { booking_here(starts_at: slot_time - 7.days) }

      it "lists those not over yet, in start order" do
        expect(result[:page].items).to eq([this_week, next_week])
      end
    end

    context "when filtering by week" do
      let(:params) { super().merge(week: "2026-11-30") }

      it "lists the seven days from that date" do
        expect(result[:page].items).to eq([this_week])
      end
    end
  end
end
