# frozen_string_literal: true

RSpec.describe VolunteerBooking::ListQueue do
  describe described_class::Contract, type: :model do
    it_behaves_like "params with a cursor of a time and an id"
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with volunteers on the rota"

    fab!(:later) { booking_here(starts_at: slot_time + 1.hour) }
    fab!(:first_at_two) { booking_here(starts_at: slot_time) }
    fab!(:second_at_two) { booking_here(starts_at: slot_time) }
    fab!(:started) { booking_here(starts_at: 1.hour.ago) }
    fab!(:own) { booking_here(booker: volunteer, starts_at: slot_time) }
    fab!(:elsewhere) { Fabricate(:volunteer_booking_booking, starts_at: slot_time) }

    let(:params) { {} }
    let(:dependencies) { { guardian: Guardian.new(volunteer) } }

    before do
      stub_const("VolunteerBooking::Page::SIZES", VolunteerBooking::Page::SIZES.merge(queue: 2))
    end

    context "when a visitor asks" do
      let(:dependencies) { { guardian: Guardian.new } }

      it { is_expected.to fail_a_policy(:signed_in) }
    end

    context "when the cursor is not one" do
      let(:params) { { cursor: "not a cursor!" } }

      it { is_expected.to fail_a_contract }
    end

    context "when a volunteer asks" do
      it { is_expected.to run_successfully }

      it "gives what they could pick up, by start then id, a page at a time" do
        expect(result[:page].items).to eq([first_at_two, second_at_two])
        expect(result[:page].more?).to be(true)
        expect(VolunteerBookingSpec.all_pages(described_class, params:, **dependencies)).to eq(
          [first_at_two, second_at_two, later],
        )
      end
    end

    context "when a page's bookings are in a topic they cannot see" do
      before { booking_topic.topic.trash! }

      it "leaves them out of the page" do
        expect(result[:page].items).to eq([])
      end
    end
  end
end
