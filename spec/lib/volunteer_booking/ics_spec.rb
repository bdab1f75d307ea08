# frozen_string_literal: true

require_relative "../../core_helper"

RSpec.describe VolunteerBooking::Ics do
  let(:now) { Time.utc(2026, 3, 30, 8, 15, 0) }
  let(:ics) { described_class.new(host: "forum.example.coop", now: now) }
  let(:booking) do
    {
      id: 17,
      starts_at: Time.utc(2026, 4, 1, 12, 0),
      ends_at: Time.utc(2026, 4, 1, 12, 30),
      sequence: 2,
      cancelled: false,
      summary: "Co-op chat: your first steps, with a volunteer",
      description:
        "Before the chat, please read the ICA statement on the co-operative identity; " \
          "values & principles.\nCo-ops start from the people you want to work with — not from " \
          "a business plan. Questions? Write to organiser@example.coop \\ reply in the topic.",
      url: "https://forum.example.coop/t/co-op-curious-chats/123",
    }
  end
  let(:cancelled) do
    booking.merge(
      id: 18,
      starts_at: Time.utc(2026, 4, 3, 13, 0).in_time_zone("Europe/London"),
      ends_at: Time.utc(2026, 4, 3, 13, 30),
      sequence: 1,
      cancelled: true,
      summary: "Co-op chat",
      description: nil,
    )
  end

  def unfold(text)
    text.gsub("\r\n ", "")
  end

  def content_lines(text)
    unfold(text).split("\r\n")
  end

  it "matches the golden file" do
    golden =
      File.binread(File.expand_path("fixtures/bookings.ics", __dir__)).force_encoding("UTF-8")
    expect(ics.calendar([booking, cancelled])).to eq(golden)
  end

  describe "the call link" do
    let(:link) { "https://video.example.coop/rooms/17?key=Zx9_QmT4-pLw2vR8sN1aBc&lang=en,fr;x=1" }
    let(:with_call) { booking.merge(location: link, description: "Booked in the forum.") }

    it "matches the golden file, with LOCATION and the link as the description's last line" do
      golden =
        File.binread(File.expand_path("fixtures/booking_with_call.ics", __dir__)).force_encoding(
          "UTF-8",
        )
      expect(ics.calendar([with_call])).to eq(golden)
    end

    it "escapes the link as TEXT, and keeps an @ in its path" do
      at_link = "https://meet.jit.si/@coop/room.x"
      lines = content_lines(ics.calendar([with_call.merge(location: at_link)]))
      expect(lines).to include("LOCATION:#{at_link}")
      expect(content_lines(ics.calendar([with_call]))).to include(
        "LOCATION:https://video.example.coop/rooms/17?key=Zx9_QmT4-pLw2vR8sN1aBc&lang=en\\,fr\\;x=1",
      )
    end

    it "makes the link the whole description when there is none" do
      lines = content_lines(ics.calendar([with_call.merge(description: nil)]))
      expect(lines).to include("DESCRIPTION:#{ics.escape(link)}")
    end

    it "writes no LOCATION without a link" do
      expect(ics.calendar([booking])).not_to include("LOCATION")
    end

    it "refuses anything the call link checks refuse" do
      ["http://meet.jit.si/x", "https://meet.jit.si/x\r\nLOCATION:evil", "", 42].each do |location|
        expect { ics.calendar([booking.merge(location: location)]) }.to raise_error(
          ArgumentError,
          /location must be a call link/,
        )
      end
    end
  end

  describe "structure" do
    it "ends every line with CRLF and never uses a bare LF" do
      text = ics.calendar([booking])
      expect(text).to end_with("END:VCALENDAR\r\n")
      expect(text.scan("\n").size).to eq(text.scan("\r\n").size)
      expect(text.encoding).to eq(Encoding::UTF_8)
    end

    it "writes the calendar and event properties" do
      lines = content_lines(ics.calendar([booking]))
      expect(lines.first(5)).to eq(
        [
          "BEGIN:VCALENDAR",
          "VERSION:2.0",
          "PRODID:-//discourse-volunteer-booking//Volunteer Booking//EN",
          "CALSCALE:GREGORIAN",
          "METHOD:PUBLISH",
        ],
      )
      expect(lines).to include(
        "UID:volunteer-booking-17@forum.example.coop",
        "DTSTAMP:20260330T081500Z",
        "DTSTART:20260401T120000Z",
        "DTEND:20260401T123000Z",
        "SEQUENCE:2",
        "STATUS:CONFIRMED",
        "URL:https://forum.example.coop/t/co-op-curious-chats/123",
      )
      expect(lines.count("BEGIN:VEVENT")).to eq(1)
      expect(lines.last).to eq("END:VCALENDAR")
    end

    it "writes times in UTC whatever zone they come in" do
      lines = content_lines(ics.calendar([cancelled]))
      expect(lines).to include("DTSTART:20260403T130000Z", "DTEND:20260403T133000Z")
    end

    it "leaves DESCRIPTION out when there is none" do
      expect(content_lines(ics.calendar([cancelled])).grep(/\ADESCRIPTION/)).to eq([])
    end

    it "keeps a stable UID per booking and lower-cases the host" do
      upper = described_class.new(host: "Forum.Example.COOP", now: now)
      expect(content_lines(upper.calendar([booking]))).to include(
        "UID:volunteer-booking-17@forum.example.coop",
      )
      expect(described_class.uid(17, "forum.example.coop")).to eq(
        "volunteer-booking-17@forum.example.coop",
      )
    end
  end

  describe "cancellation and sequence" do
    it "uses METHOD:CANCEL and STATUS:CANCELLED for a cancelled booking" do
      lines = content_lines(ics.calendar([cancelled]))
      expect(lines).to include("METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:1")
      expect(lines).not_to include("METHOD:PUBLISH", "STATUS:CONFIRMED")
    end

    it "publishes a file that mixes live and cancelled bookings" do
      lines = content_lines(ics.calendar([booking, cancelled]))
      expect(lines.grep(/\AMETHOD:/)).to eq(["METHOD:PUBLISH"])
      expect(lines.grep(/\ASTATUS:/)).to eq(%w[STATUS:CONFIRMED STATUS:CANCELLED])
    end

    it "keeps the UID and raises SEQUENCE when the booking is rescheduled" do
      moved =
        booking.merge(
          starts_at: Time.utc(2026, 4, 8, 12),
          ends_at: Time.utc(2026, 4, 8, 12, 30),
          sequence: 3,
        )
      before = content_lines(ics.calendar([booking]))
      after = content_lines(ics.calendar([moved]))
      expect(after.grep(/\AUID:/)).to eq(before.grep(/\AUID:/))
      expect([before.grep(/\ASEQUENCE:/), after.grep(/\ASEQUENCE:/)]).to eq(
        [["SEQUENCE:2"], ["SEQUENCE:3"]],
      )
      expect(after).to include("DTSTART:20260408T120000Z")
    end
  end

  describe "escaping" do
    it "escapes backslash, semicolon, comma and line breaks in TEXT" do
      expect(ics.escape("a\\b;c,d\ne\r\nf\rg")).to eq("a\\\\b\\;c\\,d\\ne\\nf\\ng")
    end

    it "drops control characters but keeps tabs and colons" do
      expect(ics.escape("a\u0000b\u0007c\td:e\u007F")).to eq("abc\td:e")
    end

    it "escapes the summary as well as the description" do
      text = ics.calendar([booking.merge(summary: "Chat; notes, \\ plans")])
      expect(content_lines(text)).to include("SUMMARY:Chat\\; notes\\, \\\\ plans")
    end

    it "replaces invalid UTF-8 instead of failing" do
      expect(ics.escape("caf\xE9")).to eq("caf\uFFFD")
    end
  end

  describe "folding" do
    it "leaves a line of exactly 75 octets alone and folds one of 76" do
      expect(ics.fold("x" * 75)).to eq("x" * 75)
      expect(ics.fold("x" * 76)).to eq(("x" * 75) + "\r\n x")
    end

    it "counts octets, not characters, and never splits a UTF-8 character" do
      # 74 ASCII octets + "é" (2 octets) would be 76: the "é" moves to the
      # next line whole, after the leading space.
      folded = ics.fold(("x" * 74) + "é" + "y")
      expect(folded).to eq(("x" * 74) + "\r\n éy")
    end

    it "keeps every physical line within 75 octets and valid UTF-8 for multibyte text" do
      summary = "Chat 🤝 coopération — ørestad ☕️ " * 12
      text = ics.calendar([booking.merge(summary: summary, description: "日本語のテキスト" * 30)])
      physical = text.split("\r\n")
      expect(physical.map(&:bytesize).max).to be <= 75
      expect(physical.all?(&:valid_encoding?)).to be(true)
      expect(physical.drop(1).reject { |line| line.match?(/\A[A-Z]/) }).to all(start_with(" "))
      expect(content_lines(text)).to include("SUMMARY:#{ics.escape(summary)}")
      expect(content_lines(text)).to include("DESCRIPTION:#{"日本語のテキスト" * 30}")
    end

    it "fills continuation lines to 75 octets including the leading space" do
      folded = ics.fold("DESCRIPTION:" + ("a" * 200))
      expect(folded.split("\r\n").map(&:bytesize)).to eq([75, 75, 64])
    end

    it "folds 4-octet characters at the last boundary that fits" do
      folded = ics.fold(("x" * 72) + "🤝🤝")
      expect(folded.split("\r\n")).to eq([("x" * 72), " 🤝🤝"])
    end
  end

  describe "private data" do
    it "replaces email addresses in the summary and description" do
      text =
        ics.calendar(
          [
            booking.merge(
              summary: "Chat with ann.lee+coop@mail.example.org",
              description: "Contact:bob@example.coop or mailto:Carol_O'Neil@Example.CO.UK.",
            ),
          ],
        )
      lines = content_lines(text)
      expect(lines).to include(
        "SUMMARY:Chat with [email removed]",
        "DESCRIPTION:Contact:[email removed] or [email removed].",
      )
      expect(text).not_to include("@example")
    end

    it "leaves text without addresses untouched" do
      expect(ics.strip_emails("Meet @sam at 13:00 in the chat")).to eq(
        "Meet @sam at 13:00 in the chat",
      )
    end

    %i[answers email booker_email username intake].each do |key|
      it "refuses a booking with #{key.inspect}" do
        expect { ics.calendar([booking.merge(key => "x")]) }.to raise_error(
          ArgumentError,
          /unexpected booking keys #{key.inspect}/,
        )
      end
    end
  end

  describe "argument errors" do
    it "needs a host and a Time" do
      expect { described_class.new(host: "forum example", now: now) }.to raise_error(
        ArgumentError,
        /host/,
      )
      expect { described_class.new(host: "", now: now) }.to raise_error(ArgumentError, /host/)
      expect { described_class.new(host: "forum.example.coop", now: "today") }.to raise_error(
        ArgumentError,
        /now must be a Time/,
      )
    end

    it "takes a single booking as well as a list" do
      expect(ics.calendar(booking)).to eq(ics.calendar([booking]))
    end

    it "needs at least one booking" do
      expect { ics.calendar([]) }.to raise_error(ArgumentError, /at least one booking/)
    end

    {
      { summary: nil } => /missing :summary/,
      { url: nil } => /missing :url/,
      { id: "17 x" } => /booking id must be/,
      { starts_at: "2026-04-01" } => /must be Times/,
      { ends_at: Time.utc(2026, 4, 1, 12, 0) } => /ends_at must be after starts_at/,
      { sequence: -1 } => /sequence must be an Integer >= 0/,
      { sequence: "2" } => /sequence must be an Integer >= 0/,
      { cancelled: "no" } => /cancelled must be true or false/,
      { url: "javascript:alert(1)" } => /url must be an http\(s\) URL/,
      { url: "https://forum.example.coop/t/a b" } => /url must be an http\(s\) URL/,
      { url: "https://forum.example.coop/u/ann@example.org" } => /url must not contain an email/,
    }.each do |change, message|
      it "rejects #{change.inspect}" do
        expect { ics.calendar([booking.merge(change)]) }.to raise_error(ArgumentError, message)
      end
    end
  end
end
