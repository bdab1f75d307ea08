# frozen_string_literal: true

RSpec.describe VolunteerBooking::FetchGaps do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:topic_id) }
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with a volunteer booking topic"

    let(:params) { { topic_id: booking_topic.topic_id } }
    let(:dependencies) { { guardian: Guardian.new(volunteer) } }

    # The volunteer every week, the other volunteer on the 9th: only that
    # Wednesday has the two the shift wants.
    before do
      shift.update!(volunteers_wanted: 2)
      [[volunteer, nil], [other_volunteer, wednesday + 7]].each do |user, on_date|
        Fabricate(:volunteer_booking_rota_entry, shift:, user:, on_date:)
      end
    end

    it_behaves_like "a read of the rota"

    context "when a volunteer looks" do
      it { is_expected.to run_successfully }

      it "counts the coming four weeks' Wednesdays and lists those short of two" do
        expect(result[:coverage]).to have_attributes(
          from: Date.new(2026, 12, 1),
          to: Date.new(2026, 12, 28),
          covered: 1,
          total: 4,
        )
        expect(result[:coverage].gaps.map(&:date)).to eq(
          [Date.new(2026, 12, 2), Date.new(2026, 12, 16), Date.new(2026, 12, 23)],
        )
        expect(result[:coverage].gaps.first).to have_attributes(
          shift_id: shift.id,
          starts_at: Time.utc(2026, 12, 2, 13),
          ends_at: Time.utc(2026, 12, 2, 17),
          wanted: 2,
          volunteers: [volunteer],
        )
      end
    end

    context "when an organiser looks" do
      let(:dependencies) { { guardian: Guardian.new(organiser) } }

      it { is_expected.to run_successfully }
    end
  end
end
