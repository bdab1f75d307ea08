# frozen_string_literal: true

require_relative "../../core_helper"

RSpec.describe VolunteerBooking::Markup do
  let(:time) { Time.utc(2026, 12, 2, 14) }

  describe ".local_date" do
    it "writes the forum's local-date markup in UTC" do
      expect(described_class.local_date(time)).to eq(
        '[date=2026-12-02 time=14:00:00 timezone="UTC" format="LLLL"]',
      )
    end

    it "converts times given in another zone" do
      berlin = time.in_time_zone(VolunteerBooking::SlotEngine.tzinfo("Europe/Berlin"))
      expect(described_class.local_date(berlin)).to include("date=2026-12-02 time=14:00:00")
    end

    it "lists extra zones, leaving out unknown or unsafe ones" do
      expect(
        described_class.local_date(
          time,
          format: "LLL",
          timezones: ["Europe/London", "America/New_York", "Mars/Olympus", 'UTC" onclick="x'],
        ),
      ).to eq(
        '[date=2026-12-02 time=14:00:00 timezone="UTC" format="LLL" ' \
          'timezones="Europe/London|America/New_York"]',
      )
    end
  end

  describe ".escape" do
    it "makes Markdown and hashtags read as text" do
      expect(described_class.escape("_big_ [co-op] #news *now*")).to eq(
        '\_big\_ \[co-op\] \#news \*now\*',
      )
    end

    it "leaves ordinary text alone" do
      expect(described_class.escape("ann.lee-1")).to eq("ann.lee-1")
    end
  end

  describe ".link" do
    it "escapes the text and keeps the url in one piece" do
      expect(described_class.link("Book a [chat]", "/t/book (now)/12")).to eq(
        '[Book a \[chat\]](/t/book%20%28now%29/12)',
      )
    end
  end

  describe ".quote" do
    it "quotes every line" do
      expect(described_class.quote("I was laid off.\nLast month.\n")).to eq(
        "> I was laid off.\n> Last month.",
      )
    end
  end

  describe ".wall_time" do
    it "writes the time in the given zone, DST included" do
      expect(described_class.wall_time(time, "Europe/London")).to eq(
        "Wednesday 2 December 2026, 14:00 (Europe/London)",
      )
      expect(described_class.wall_time(Time.utc(2026, 6, 3, 12), "Europe/London")).to eq(
        "Wednesday 3 June 2026, 13:00 (Europe/London)",
      )
      expect(described_class.wall_time(time, "America/New_York")).to eq(
        "Wednesday 2 December 2026, 09:00 (America/New_York)",
      )
    end

    it "falls back to UTC for a blank or unknown zone" do
      [nil, "", "Mars/Olympus"].each do |zone|
        expect(described_class.wall_time(time, zone)).to eq(
          "Wednesday 2 December 2026, 14:00 (UTC)",
        )
      end
    end
  end
end
