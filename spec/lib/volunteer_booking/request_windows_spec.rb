# frozen_string_literal: true

require_relative "../../core_helper"

# The rows both sides share are in contract/request_windows.json; these are
# the Ruby core's own cases around them.
RSpec.describe VolunteerBooking::RequestWindows do
  include VolunteerBookingCoreSpec::ExpectFailure

  let(:now) { Time.utc(2026, 3, 5, 23, 30) }
  let(:mondays) { [{ "weekday" => 1, "date" => nil, "from" => "09:00", "to" => "11:00" }] }

  def check(windows, time_zone: "America/New_York")
    described_class.check(windows:, time_zone:, session_minutes: 30, horizon_days: 28, now:)
  end

  def fits?(windows, starts_at, time_zone: "America/New_York")
    described_class.fits?(windows:, time_zone:, starts_at:, session_minutes: 30)
  end

  describe ".check" do
    it "accepts good windows" do
      expect(check(mondays)).to be_ok
    end

    it "refuses anything but a list of windows" do
      expect_failure(check(nil), "request_windows_missing")
      expect_failure(check({ "0" => mondays.first }), "request_windows_missing")
    end

    it "reads its params into the sentence" do
      short = [mondays.first.merge("to" => "09:10")]
      expect_failure(check(short), "request_window_too_short", minutes: 30)
      far = [{ "weekday" => nil, "date" => "2026-05-01", "from" => "09:00", "to" => "11:00" }]
      expect_failure(check(far), "request_window_beyond_horizon", days: 28)
    end

    it "counts today in the requester's zone, whatever the server's" do
      yesterday_in_auckland = [mondays.first.merge("weekday" => nil, "date" => "2026-03-05")]
      expect(check(yesterday_in_auckland)).to be_ok
      expect_failure(
        check(yesterday_in_auckland, time_zone: "Pacific/Auckland"),
        "request_window_past",
      )
    end
  end

  describe ".error" do
    it "is the key of .check" do
      expect(
        described_class.error(
          windows: [],
          time_zone: "Europe/London",
          session_minutes: 30,
          horizon_days: 28,
          now:,
        ),
      ).to eq("request_windows_missing")
      expect(
        described_class.error(
          windows: mondays,
          time_zone: "Europe/London",
          session_minutes: 30,
          horizon_days: 28,
          now:,
        ),
      ).to be_nil
    end
  end

  describe ".fits?" do
    it "keeps a window at its wall time on both sides of US summer time" do
      # 9 March 2026 is the first Monday on daylight-saving time (UTC-4).
      expect(fits?(mondays, Time.utc(2026, 3, 2, 14))).to be(true)
      expect(fits?(mondays, Time.utc(2026, 3, 9, 13))).to be(true)
      expect(fits?(mondays, Time.utc(2026, 3, 2, 13))).to be(false)
    end

    it "keeps a window at its wall time on both sides of British summer time" do
      weekday = [mondays.first.merge("from" => "13:00", "to" => "15:00")]
      expect(fits?(weekday, Time.utc(2026, 3, 23, 14, 30), time_zone: "Europe/London")).to be(true)
      expect(fits?(weekday, Time.utc(2026, 3, 30, 14, 30), time_zone: "Europe/London")).to be(false)
      expect(fits?(weekday, Time.utc(2026, 3, 30, 13, 30), time_zone: "Europe/London")).to be(true)
    end

    it "opens a window starting in the skipped hour an hour later, as shifts do" do
      # 02:30 does not exist in New York on 8 March 2026: it reads as 03:30 EDT.
      sunday = [{ "weekday" => 0, "date" => nil, "from" => "02:30", "to" => "05:00" }]
      expect(fits?(sunday, Time.utc(2026, 3, 8, 7, 30))).to be(true)
      expect(fits?(sunday, Time.utc(2026, 3, 8, 7, 0))).to be(false)
    end

    it "reads the weekday on the requester's calendar, not UTC's" do
      # Monday 08:30 in Auckland is Sunday evening in UTC.
      auckland = [mondays.first.merge("from" => "08:00", "to" => "10:00")]
      starts_at = Time.utc(2026, 3, 8, 19, 30)
      expect(fits?(auckland, starts_at, time_zone: "Pacific/Auckland")).to be(true)
      expect(fits?(auckland, starts_at, time_zone: "Europe/London")).to be(false)
    end

    it "takes a time in any zone as the same instant" do
      starts_at = Time.utc(2026, 3, 9, 13).in_time_zone("Asia/Tokyo")
      expect(fits?(mondays, starts_at)).to be(true)
    end

    it "fits nothing in windows or a zone that do not parse" do
      expect(fits?(mondays, Time.utc(2026, 3, 9, 13), time_zone: "Nowhere/Else")).to be(false)
      broken = [mondays.first.merge("to" => "08:00")]
      expect(fits?(broken, Time.utc(2026, 3, 9, 13))).to be(false)
      expect(fits?(nil, Time.utc(2026, 3, 9, 13))).to be(false)
    end
  end
end
