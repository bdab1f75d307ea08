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

  describe ".text" do
    let(:occurrence) do
      {
        starts_at: starts_at,
        ends_at: ends_at,
        time_zone: "America/New_York",
        wanted: 2,
        usernames: [],
      }
    end

    it "heads the listed dates, each in its shift's zone, with the topic's link" do
      text =
        described_class.text(
          topic_title: "Rota [draft]",
          topic_url: "/t/rota/7",
          occurrences: [occurrence],
          more: 0,
        )
      expect(text).to eq(
        "These shifts in [Rota \\[\u2060draft\\]\u2060](/t/rota/7) still need volunteers. " \
          "Can you take one?\n- Wed 9 Dec 08:00–12:00 New York: no one yet",
      )
    end

    it "counts the gaps it does not list, and stands in for a deleted topic" do
      text =
        described_class.text(topic_title: nil, topic_url: nil, occurrences: [occurrence], more: 3)
      expect(text.lines.first).to start_with("These shifts in []() ")
      expect(text.lines.last).to eq("3 more dates need volunteers: see the rota in []().")
    end
  end
end
