# frozen_string_literal: true

require_relative "../../core_helper"

RSpec.describe VolunteerBooking::GapMessage do
  # Wednesday 9 December 2026, 13:00-17:00 in London (GMT).
  let(:starts_at) { Time.utc(2026, 12, 9, 13) }
  let(:ends_at) { Time.utc(2026, 12, 9, 17) }

  def sentence(line)
    VolunteerBookingCoreSpec.translate(line)
  end

  it "lists the soonest ten gaps" do
    expect(described_class.listed((1..12).to_a)).to eq((1..10).to_a)
  end

  it "says when in the shift's own zone, named by its city" do
    expect(described_class.when_text(starts_at, ends_at, "Europe/London")).to eq(
      "Wed 9 Dec 13:00–17:00 London",
    )
    expect(described_class.when_text(starts_at, ends_at, "America/New_York")).to eq(
      "Wed 9 Dec 08:00–12:00 New York",
    )
    expect(described_class.when_text(starts_at, ends_at, "Pacific/Auckland")).to eq(
      "Thu 10 Dec 02:00–06:00 Auckland",
    )
    expect(described_class.button_text(starts_at, "Europe/London")).to eq("Wed 9 Dec 13:00")
  end

  it "keeps the zone's wall clock across a change of the clocks" do
    expect(
      described_class.when_text(
        Time.utc(2026, 3, 30, 12),
        Time.utc(2026, 3, 30, 16),
        "Europe/London",
      ),
    ).to eq("Mon 30 Mar 13:00–17:00 London")
  end

  it "says who is on, and whether the date is covered" do
    label = "Wed 9 Dec 13:00–17:00 London"
    expect(sentence(described_class.line(label, wanted: 1, usernames: []))).to eq(
      "Wed 9 Dec 13:00–17:00 London: no one yet",
    )
    short = sentence(described_class.line(label, wanted: 2, usernames: ["cat"]))
    expect(short.delete(VolunteerBooking::Markup::WORD_JOINER).delete("\\")).to eq(
      "Wed 9 Dec 13:00–17:00 London: 1 of 2: @cat",
    )
    covered = sentence(described_class.line(label, wanted: 2, usernames: %w[cat dan]))
    expect(covered.delete(VolunteerBooking::Markup::WORD_JOINER).delete("\\")).to eq(
      "Wed 9 Dec 13:00–17:00 London: covered by @cat, @dan",
    )
  end

  it "pings nobody: the @ of a name is escaped" do
    line = described_class.line("x", wanted: 2, usernames: ["cat"])
    expect(line.params[:usernames]).not_to match(/(?<!\\)@cat/)
  end
end
