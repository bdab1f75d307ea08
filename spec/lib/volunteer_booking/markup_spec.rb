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

  # What Discourse's Markdown (markdown-it 14 with Discourse's rules, in
  # posts and in chat) does with a backslash: it makes any ASCII punctuation
  # literal, then joins the text back together before Discourse looks for
  # @mentions, #hashtags and :emoji: (its text-post-process and emoji rules
  # run after markdown-it's text_join). So every ASCII punctuation character
  # must be escaped, and followed by a word joiner so that none of those
  # can start right after it.
  WJ = "\u2060"
  PUNCTUATION = (33..126).map(&:chr).grep(/[[:punct:]]|[$+<=>^`|~]/).freeze

  def literal(text)
    text.gsub(/[!-\/:-@\[-`{-~]/) { |character| "\\#{character}#{WJ}" }
  end

  # Nothing left that Markdown, BBCode, HTML or the forum's text rules read:
  # every ASCII punctuation character escaped and followed by a word joiner.
  def expect_inert(markdown)
    bare = markdown.gsub(/\\[!-\/:-@\[-`{-~]#{WJ}/o, "")
    expect(bare).not_to match(/[!-\/:-@\[-`{-~]/), "unescaped punctuation in #{markdown.inspect}"
    expect(markdown).not_to match(/\\[@#:]([^#{WJ}]|\z)/o)
    expect(markdown).not_to match(/[\u200B\u202A-\u202E\u2066-\u2069\uFEFF]/)
  end

  HOSTILE = {
    "emphasis" => ["**x** _y_ ~~z~~", '\*⁠\*⁠x\*⁠\*⁠ \_⁠y\_⁠ \~⁠\~⁠z\~⁠\~⁠'],
    "a link" => ["[a](http://evil)", '\[⁠a\]⁠\(⁠http\:⁠\/⁠\/⁠evil\)⁠'],
    "an image" => ["![i](http://evil/x.png)", '\!⁠\[⁠i\]⁠\(⁠http\:⁠\/⁠\/⁠evil\/⁠x\.⁠png\)⁠'],
    "HTML" => ["<script>alert(1)</script>", '\<⁠script\>⁠alert\(⁠1\)⁠\<⁠\/⁠script\>⁠'],
    "a mention" => ["@admin", '\@⁠admin'],
    "an escaped mention" => ['\@admin', '\\\\⁠\@⁠admin'],
    "a hashtag" => ["#secret-category", '\#⁠secret\-⁠category'],
    "BBCode" => ["[quote]x[/quote]", '\[⁠quote\]⁠x\[⁠\/⁠quote\]⁠'],
    "a local date" => ["[date=2026-01-01]", '\[⁠date\=⁠2026\-⁠01\-⁠01\]⁠'],
    "an emoji" => [":smile:", '\:⁠smile\:⁠'],
    "an emoji shortcut" => [";) :-)", '\;⁠\)⁠ \:⁠\-⁠\)⁠'],
    "an autolink" => ["http://autolink.example", 'http\:⁠\/⁠\/⁠autolink\.⁠example'],
    "a fuzzy link" => ["www.evil.com", 'www\.⁠evil\.⁠com'],
    "an email address" => ["a@b.com", 'a\@⁠b\.⁠com'],
    "an angle-bracket link" => ["<http://evil.com>", '\<⁠http\:⁠\/⁠\/⁠evil\.⁠com\>⁠'],
    "code" => ["`x` ```", '\`⁠x\`⁠ \`⁠\`⁠\`⁠'],
    "a rule" => ["---", '\-⁠\-⁠\-⁠'],
    "a quote" => ["> quote", '\>⁠ quote'],
    "a numbered list" => ["1. list", '1\.⁠ list'],
    "a list" => ["- item", '\-⁠ item'],
    "a heading" => ["# heading", '\#⁠ heading'],
    "a table" => ["|table|x|", '\|⁠table\|⁠x\|⁠'],
    "HTML entities" => ["&amp; &#64;", '\&⁠amp\;⁠ \&⁠\#⁠64\;⁠'],
    "typographer replacements" => ["(c) -- ...", '\(⁠c\)⁠ \-⁠\-⁠ \.⁠\.⁠\.⁠'],
    "a trailing backslash" => ['line\\', 'line\\\\⁠'],
    "zero-width characters" => ["ad\u200Bmin\uFEFF", "admin"],
    "bidirectional overrides" => ["\u202Enimda\u202C", "nimda"],
    "a word joiner of its own" => ["@\u2060admin", '\@⁠admin'],
  }.freeze

  describe ".escape" do
    HOSTILE.each do |name, (input, escaped)|
      it "makes #{name} read as text" do
        expect(described_class.escape(input)).to eq(escaped)
        expect_inert(described_class.escape(input))
      end
    end

    it "escapes every ASCII punctuation character" do
      expect(described_class.escape(PUNCTUATION.join)).to eq(literal(PUNCTUATION.join))
      expect(PUNCTUATION.size).to eq(32)
    end

    it "keeps it on one line, with no indentation, and other scripts as they are" do
      expect(described_class.escape("  a\n\n    b\r\n\tc\u2028d  ")).to eq("a b c d")
      expect(described_class.escape("Ann Lee 1 Café 日本 👩‍💻")).to eq("Ann Lee 1 Café 日本 👩‍💻")
    end
  end

  describe ".username" do
    it "escapes without word joiners, so the mention written before it stays whole" do
      escaped = %w[ann.lee_1-x bruce1].map { |name| described_class.username(name) }
      expect(escaped).to eq(['ann\.lee\_1\-x', "bruce1"])
    end
  end

  describe ".widget" do
    it "writes a wrap block the front end finds by name, with its numbers" do
      expect(described_class.widget("volunteer-booking-feedback", booking: 12, booker: 4)).to eq(
        "[wrap=volunteer-booking-feedback booking=12 booker=4]\n[/wrap]",
      )
    end

    it "refuses anything but whole numbers, which could break out of the tag" do
      expect { described_class.widget("x", booking: "1] [b]") }.to raise_error(ArgumentError)
    end
  end

  describe ".link" do
    it "escapes the text and keeps the url in one piece" do
      expect(described_class.link("Book a [chat]", "/t/book (now)/12")).to eq(
        "[Book a #{literal("[chat]")}](/t/book%20%28now%29/12)",
      )
    end

    it "cannot be broken out of by the text" do
      link = described_class.link("x](http://evil) @admin", "/t/1")
      expect(link).to start_with("[x\\]⁠\\(⁠http")
      expect(link).to end_with(" \\@⁠admin](/t/1)")
    end
  end

  describe ".quote" do
    it "quotes every line" do
      expect(described_class.quote("I was laid off\nlast month\n")).to eq(
        "> I was laid off\n> last month",
      )
    end

    it "keeps paragraphs inside the quote" do
      expect(described_class.quote("one\n\ntwo")).to eq("> one\n>\n> two")
    end

    HOSTILE.each do |name, (input, escaped)|
      it "shows #{name} as plain text" do
        expect(described_class.quote(input)).to eq("> #{escaped}")
        expect_inert(described_class.quote(input).delete_prefix("> "))
      end
    end

    it "shows block Markdown on later lines as plain text" do
      answer = "Hi\n---\n> not me\n1. one\n    code\n|a|b|\n|-|-|\n```\n[quote]\n:smile:"
      quoted = described_class.quote(answer)
      lines = quoted.split("\n")
      expect(lines.size).to eq(10)
      lines.each do |line|
        expect(line).to start_with("> ")
        expect_inert(line.delete_prefix("> "))
      end
      expect(lines[4]).to eq("> code")
    end

    it "reads the same once the escapes are taken away" do
      answer = "Email me: ann@example.com (or #call) - thanks! :)"
      quoted = described_class.quote(answer)
      expect(quoted.delete_prefix("> ").gsub(/\\(.)#{WJ}/o, '\1')).to eq(answer)
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
