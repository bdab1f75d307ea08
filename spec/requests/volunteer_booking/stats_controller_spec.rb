# frozen_string_literal: true

RSpec.describe VolunteerBooking::StatsController do
  include_context "with a volunteer booking topic"

  fab!(:admin)
  fab!(:booking) do
    booking_here(
      starts_at: Time.utc(2026, 11, 25, 14),
      status: :held,
      holder_id: volunteer.id,
      feedback: "helpful",
    )
  end

  let(:topic_stats) { "/volunteer-booking/topics/#{booking_topic.topic_id}/stats" }
  let(:range) { { from: "2026-11-16", to: "2026-11-29" } }

  describe "GET /volunteer-booking/topics/:topic_id/stats" do
    it "asks visitors to log in" do
      answer_as(nil, 403) { get "#{topic_stats}.json", params: range }
    end

    it "refuses volunteers, who are not organisers" do
      expect_refused(volunteer) { get "#{topic_stats}.json", params: range }
    end

    it "gives organisers api-types.ts BookingStats" do
      body = answer_as(organiser, 200) { get "#{topic_stats}.json", params: range }
      expect(body.keys).to contain_exactly(
        "from",
        "to",
        "time_zone",
        "weeks",
        "totals",
        "coverage",
        "volunteers",
      )
      expect(body.slice("from", "to", "time_zone")).to eq(
        "from" => "2026-11-16",
        "to" => "2026-11-29",
        "time_zone" => "Europe/London",
      )
      expect(body["weeks"].map { |week| week["week"] }).to eq(%w[2026-11-16 2026-11-23])
      expect(body["weeks"].last.keys).to match_array(
        VolunteerBooking::StatsTable::COLUMNS.map(&:to_s),
      )
      expect(body["totals"]).to include("booked" => 1, "held" => 1, "helpful" => 1)
      expect(body["volunteers"]).to eq(
        [
          {
            "user_id" => volunteer.id,
            "username" => volunteer.username,
            "picked_up" => 1,
            "held" => 1,
            "no_show" => 0,
            "given_back" => 0,
          },
        ],
      )
      expect(body["coverage"].keys).to contain_exactly(
        "shift_minutes",
        "covered_minutes",
        "covered_percent",
      )
    end

    it "refuses the organisers of another booking topic" do
      other_organisers = Fabricate(:group)
      Fabricate(:volunteer_booking_topic, organiser_group_id: other_organisers.id)
      other_organisers.add(outsider)
      expect_refused(outsider) { get "#{topic_stats}.json", params: range }
    end

    it "is a translated 422 that reads nothing for a range too long or backwards" do
      answer_as(organiser, 422) do
        get "#{topic_stats}.json", params: { from: "2025-01-01", to: "2026-11-29" }
      end
      expect(response.parsed_body["errors"]).to eq(
        [
          I18n.t(
            "volunteer_booking.errors.stats_range_too_long",
            max: VolunteerBooking::StatsRange::MAX_DAYS,
          ),
        ],
      )

      get "#{topic_stats}.json", params: { from: "2026-11-29", to: "2026-11-16" }
      expect_answer(422, I18n.t("volunteer_booking.errors.stats_range_reversed"))
    end

    it "is a translated 422 for a date it cannot read" do
      sign_in(organiser)
      get "#{topic_stats}.json", params: { from: "yesterday" }
      expect_answer(422, VolunteerBookingSpec.field_error(:from, :date_invalid))
    end
  end

  describe "GET /volunteer-booking/stats" do
    it "is for staff only" do
      expect_refused(organiser) { get "/volunteer-booking/stats.json", params: range }
    end

    it "gives admins all booking topics together" do
      Fabricate(:volunteer_booking_booking, starts_at: Time.utc(2026, 11, 25, 15))
      answer_as(admin, 200) { get "/volunteer-booking/stats.json", params: range }
      expect(response.parsed_body["time_zone"]).to eq("UTC")
      expect(response.parsed_body.dig("totals", "booked")).to eq(2)
    end
  end

  describe "GET /volunteer-booking/topics/:topic_id/stats/export" do
    it "downloads one row per booking for organisers" do
      answer_as(organiser, 200) do
        get "#{topic_stats}/export", params: range.merge(kind: "bookings")
      end
      expect(response.media_type).to eq("text/csv")
      expect(response.headers["Content-Disposition"]).to include("attachment")
      expect(response.body.lines.first.chomp).to eq(
        VolunteerBooking::StatsCsv::BOOKING_COLUMNS
          .map { |column| I18n.t("volunteer_booking.stats.csv.#{column}") }
          .join(","),
      )
      expect(response.body).not_to include("laid off")
    end

    it "refuses volunteers and an unknown kind" do
      expect_refused(volunteer) { get "#{topic_stats}/export", params: range.merge(kind: "table") }

      answer_as(organiser, 422) do
        get "#{topic_stats}/export", params: range.merge(kind: "answers")
      end
    end
  end
end
