# frozen_string_literal: true

RSpec.describe VolunteerBooking::FetchSlots do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:topic_id) }

    it_behaves_like "params with a cursor of a time and an id"
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
        2.times { booking_here(starts_at: slot_time) }

        full = result[:page].items.find { |slot| slot.starts_at == slot_time }
        expect(full).to have_attributes(capacity: 2, available: 0)
        expect(result[:page].items.size).to be > 1
      end

      it "gives them all in one page when they fit, with no cursor" do
        expect(result[:page].items.size).to be < VolunteerBooking::Page::SIZES[:slots]
        expect(result[:page]).to have_attributes(more?: false, cursor: nil)
      end
    end

    context "when there are more slots than a page holds" do
      before do
        stub_const("VolunteerBooking::Page::SIZES", VolunteerBooking::Page::SIZES.merge(slots: 3))
      end

      let(:all_slots) { VolunteerBooking::SlotSource.slots(booking_topic) }

      it "gives the first page, soonest first, and a cursor for the next" do
        expect(result[:page].items).to eq(all_slots.first(3))
        expect(result[:page].more?).to be(true)
      end

      it "gives the slots after the cursor's, until the last page" do
        seen = VolunteerBookingSpec.all_pages(described_class, params:, **dependencies)
        expect(seen.map(&:key)).to eq(all_slots.map(&:key))
      end
    end

    context "when the cursor is not one" do
      let(:params) { { topic_id: booking_topic.topic_id, cursor: "not a cursor!" } }

      it { is_expected.to fail_a_contract }
    end

    context "when the topic is paused" do
      before { booking_topic.update!(paused: true) }

      it "has no slots" do
        expect(result[:page].items).to eq([])
        expect(result[:page].more?).to be(false)
      end
    end
  end
end
