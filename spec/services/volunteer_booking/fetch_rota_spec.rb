# frozen_string_literal: true

RSpec.describe VolunteerBooking::FetchRota do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:topic_id) }
    it { is_expected.to allow_value(1, 12).for(:weeks) }
    it { is_expected.not_to allow_value(0, 13).for(:weeks) }
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with a volunteer booking topic"

    fab!(:weekly) { rota_entry_for(volunteer) }
    fab!(:in_range) { rota_entry_for(other_volunteer, on_date: Date.new(2026, 12, 9)) }
    fab!(:out_of_range) { rota_entry_for(other_volunteer, on_date: Date.new(2027, 2, 3)) }
    fab!(:away) do
      Fabricate(
        :volunteer_booking_time_off,
        user: volunteer,
        starts_on: Date.new(2026, 12, 14),
        ends_on: Date.new(2026, 12, 20),
        note: "Visiting family",
      )
    end
    fab!(:away_later) do
      Fabricate(
        :volunteer_booking_time_off,
        user: volunteer,
        starts_on: Date.new(2027, 3, 1),
        ends_on: Date.new(2027, 3, 5),
      )
    end

    let(:params) { { topic_id: booking_topic.topic_id, from: Date.new(2026, 11, 30), weeks: 4 } }
    let(:dependencies) { { guardian: Guardian.new(volunteer) } }

    it_behaves_like "a read of the rota"

    context "when a volunteer looks" do
      it { is_expected.to run_successfully }

      it "returns weekly entries, dated ones in range and the time off that overlaps it" do
        expect(result[:rota]).to have_attributes(
          shifts: [shift],
          rota_entries: contain_exactly(weekly, in_range),
          time_off: [away],
          show_notes: false,
        )
        expect(result[:rota].volunteers).to have_attributes(items: [], more?: false)
      end
    end

    context "when an organiser looks" do
      let(:dependencies) { { guardian: Guardian.new(organiser) } }

      it "also returns who they can add, and shows notes" do
        expect(result[:rota].show_notes).to be(true)
        expect(result[:rota].volunteers.items).to eq(
          [volunteer, other_volunteer].sort_by(&:username_lower),
        )
      end

      it "gives the first page of who they can add, with the cursor of the rest" do
        stub_const(
          "VolunteerBooking::Page::SIZES",
          VolunteerBooking::Page::SIZES.merge(rota_volunteers: 1),
        )
        expect(result[:rota].volunteers.items).to eq(
          [[volunteer, other_volunteer].min_by(&:username_lower)],
        )
        expect(result[:rota].volunteers.more?).to be(true)
      end
    end
  end
end
