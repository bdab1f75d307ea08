# frozen_string_literal: true

RSpec.describe VolunteerBooking::ExportStats do
  describe described_class::Contract, type: :model do
    it { is_expected.to allow_values(*VolunteerBooking::ExportStats::KINDS).for(:kind) }
    it { is_expected.not_to allow_values(nil, "answers").for(:kind) }
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with volunteers on the rota"

    fab!(:held) do
      booking_here(
        booker:,
        starts_at: Time.utc(2026, 11, 25, 14),
        status: :held,
        holder_id: volunteer.id,
        feedback: "somewhat",
        feedback_comment: "They were kind, but I still feel lost.",
      )
    end

    let(:kind) { "bookings" }
    let(:params) do
      { topic_id: booking_topic.topic_id, from: "2026-11-16", to: "2026-11-29", kind: }
    end
    let(:dependencies) { { guardian: Guardian.new(organiser) } }

    context "when a volunteer asks" do
      let(:dependencies) { { guardian: Guardian.new(volunteer) } }

      it { is_expected.to fail_a_policy(:can_see_stats) }
    end

    context "with one row per booking" do
      it { is_expected.to run_successfully }

      it "names the volunteer and the feedback, and the booker only by a number" do
        rows = CSV.parse(result[:csv], headers: true)
        expect(rows.headers.first).to eq(I18n.t("volunteer_booking.stats.csv.topic_id"))
        expect(rows.map(&:fields)).to eq(
          [
            [
              booking_topic.topic_id.to_s,
              "1",
              "2026-11-25T14:00:00Z",
              held.created_at.utc.iso8601,
              "held",
              nil,
              nil,
              volunteer.username,
              "somewhat",
            ],
          ],
        )
        expect(result[:csv]).not_to include(booker.username, "still feel lost", "laid off")
        held.update!(call_link: "https://meet.jit.si/volunteers-room")
        expect(described_class.call(params:, **dependencies)[:csv]).not_to include("meet.jit.si")
        expect(result[:filename]).to eq(
          "volunteer-booking-topic-#{booking_topic.topic_id}-bookings-2026-11-16-2026-11-29.csv",
        )
      end
    end

    context "with the weekly table" do
      let(:kind) { "table" }

      it "has a row per week" do
        rows = CSV.parse(result[:csv], headers: true)
        expect(rows.map { |row| row[I18n.t("volunteer_booking.stats.csv.week")] }).to eq(
          %w[2026-11-16 2026-11-23],
        )
      end
    end
  end
end
