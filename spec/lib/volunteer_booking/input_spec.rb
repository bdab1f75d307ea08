# frozen_string_literal: true

require_relative "../../core_helper"

RSpec.describe VolunteerBooking::Input do
  let(:not_strings) { [5, 2.5, true, false, [], ["2026-12-02"], {}, { "date" => "2026-12-02" }] }

  def problem(kind, value)
    described_class.problem(kind, value)
  end

  describe ".problem" do
    it "leaves nil and the empty string to the caller's presence check, for every kind" do
      %i[integer boolean text date time list].each do |kind|
        expect([problem(kind, nil), problem(kind, "")]).to eq([nil, nil]), kind.to_s
      end
    end

    it "refuses a kind it does not know" do
      expect { problem(:colour, "red") }.to raise_error(ArgumentError, /colour/)
    end

    describe ":integer" do
      it "takes integers and strings of digits with an optional sign" do
        expect([42, -3, 0, 2**40, "42", "-7", "+7", "007"].map { |v| problem(:integer, v) }).to all(
          be_nil,
        )
      end

      it "refuses fractions, booleans, lists, objects and digits mixed with anything" do
        values = [
          2.5,
          3.0,
          true,
          false,
          [1],
          { "id" => 1 },
          "12abc",
          "1.5",
          " 1",
          "1 ",
          "0x1A",
          "1e3",
          "١٢",
        ]
        expect(values.map { |v| problem(:integer, v) }).to all(eq(:integer_invalid))
      end
    end

    describe ":boolean" do
      it "takes true and false, as JSON or as the strings a query sends" do
        expect([true, false, "true", "false"].map { |v| problem(:boolean, v) }).to all(be_nil)
      end

      it "refuses what Rails would read as true or false" do
        values = ["yes", "no", "1", "0", 1, 0, 2, "t", "on", "TRUE", [], [true], {}]
        expect(values.map { |v| problem(:boolean, v) }).to all(eq(:boolean_invalid))
      end
    end

    describe ":text" do
      it "takes any String" do
        expect(["x", " ", "Ça va?\n", "日本"].map { |v| problem(:text, v) }).to all(be_nil)
      end

      it "refuses numbers, booleans, lists and objects" do
        expect(not_strings.map { |v| problem(:text, v) }).to all(eq(:text_invalid))
      end
    end

    describe ":list" do
      it "takes Arrays, empty ones too" do
        expect([[], ["ann"], [1, 2]].map { |v| problem(:list, v) }).to all(be_nil)
      end

      it "refuses a single value or an object" do
        expect(["ann", "ann,bob", 1, true, { "0" => "ann" }].map { |v| problem(:list, v) }).to all(
          eq(:list_invalid),
        )
      end
    end

    describe ":date" do
      it "takes real dates written YYYY-MM-DD, leap days included" do
        values = %w[2026-12-02 2028-02-29 2000-01-01 2100-12-31]
        expect(values.map { |v| problem(:date, v) }).to all(be_nil)
      end

      it "refuses dates that do not exist" do
        values = %w[2026-02-30 2026-02-29 2100-02-29 2026-13-01 2026-00-10 2026-04-31 2026-12-00]
        expect(values.map { |v| problem(:date, v) }).to all(eq(:date_invalid))
      end

      it "refuses other ways of writing a date, and times" do
        values = [
          "2026-12-2",
          "2026/12/02",
          "02-12-2026",
          "Dec 2 2026",
          "tomorrow",
          "20261202",
          "2026-12-02T00:00:00Z",
          " 2026-12-02",
          "+2026-12-02",
          "12026-12-02",
          "２０２６-１２-０２",
        ]
        expect(values.map { |v| problem(:date, v) }).to all(eq(:date_invalid))
      end

      it "refuses what is not a String or a Date, a Time included" do
        values = not_strings + [Time.utc(2026, 12, 2), DateTime.new(2026, 12, 2)]
        expect(values.map { |v| problem(:date, v) }).to all(eq(:date_invalid))
      end

      it "judges a Date from Ruby on its year" do
        expect(problem(:date, Date.new(2026, 12, 2))).to be_nil
        expect(problem(:date, Date.new(1999, 12, 31))).to eq(:year_out_of_range)
      end

      it "refuses years before 2000 and after 2100" do
        values = %w[1999-12-31 0000-01-01 0001-01-01 2101-01-01 9999-12-31]
        expect(values.map { |v| problem(:date, v) }).to all(eq(:year_out_of_range))
      end
    end

    describe ":time" do
      it "takes ISO 8601 instants with Z or an offset, and a fraction of zeros" do
        values = %w[
          2026-12-02T14:00:00Z
          2026-12-02T14:00:00+00:00
          2026-12-02T14:00:00-00:00
          2026-12-02T19:30:00+05:30
          2026-12-02T04:00:00-10:00
          2026-12-02T14:00:00.000Z
          2026-12-02T14:00:00.000000000Z
          2026-12-03T04:00:00+14:00
          2026-12-02T02:00:00-12:00
          2028-02-29T23:59:59Z
        ]
        expect(values.map { |v| problem(:time, v) }).to all(be_nil)
      end

      it "refuses a fraction of a second: slots start on whole seconds" do
        values = %w[2026-12-02T14:00:00.5Z 2026-12-02T14:00:00.001Z 2026-12-02T14:00:00.000000001Z]
        expect(values.map { |v| problem(:time, v) }).to all(eq(:time_not_whole_seconds))
      end

      it "refuses leap seconds, 24:00 and other readings Ruby would roll over" do
        values = %w[
          2016-12-31T23:59:60Z
          2026-12-02T24:00:00Z
          2026-12-02T23:60:00Z
          2026-02-30T14:00:00Z
          2026-02-29T14:00:00Z
          2026-13-02T14:00:00Z
        ]
        expect(values.map { |v| problem(:time, v) }).to all(eq(:time_invalid))
      end

      it "refuses a time without an offset, which would be read in a zone nobody chose" do
        values = %w[2026-12-02T14:00:00 2026-12-02T14:00 2026-12-02]
        expect(values.map { |v| problem(:time, v) }).to all(eq(:time_invalid))
      end

      it "refuses offsets no zone has, and offsets not written +HH:MM" do
        values = %w[
          2026-12-02T14:00:00+14:01
          2026-12-02T14:00:00-15:00
          2026-12-02T14:00:00+05:60
          2026-12-02T14:00:00+0530
          2026-12-02T14:00:00+05
          2026-12-02T14:00:00z
          2026-12-02T14:00:00UTC
        ]
        expect(values.map { |v| problem(:time, v) }).to all(eq(:time_invalid))
      end

      it "refuses other ways of writing a time" do
        values = [
          "2026-12-02 14:00:00Z",
          "2026-12-02t14:00:00Z",
          "2026-12-02T14:00Z",
          "2026-12-02T1400Z",
          "Wed, 02 Dec 2026 14:00:00 GMT",
          "1796220000",
          "2026-12-02T14:00:00.Z",
          "2026-12-02T14:00:00.0000000000Z",
          "2026-12-02T14:00:00Z\n",
          "+2026-12-02T14:00:00Z",
        ]
        expect(values.map { |v| problem(:time, v) }).to all(eq(:time_invalid))
      end

      it "refuses huge and tiny years: five digits do not even read" do
        expect(problem(:time, "20266-12-02T14:00:00Z")).to eq(:time_invalid)
        expect(problem(:time, "294277-01-01T00:00:00Z")).to eq(:time_invalid)
        expect(problem(:time, "0000-01-01T00:00:00Z")).to eq(:year_out_of_range)
        expect(problem(:time, "9999-12-31T23:59:59Z")).to eq(:year_out_of_range)
      end

      it "judges the year of the instant, in UTC" do
        expect(problem(:time, "2000-01-01T00:30:00+01:00")).to eq(:year_out_of_range)
        expect(problem(:time, "1999-12-31T23:30:00-01:00")).to be_nil
        expect(problem(:time, "2100-12-31T23:59:59Z")).to be_nil
        expect(problem(:time, "2100-12-31T23:30:00-01:00")).to eq(:year_out_of_range)
      end

      it "judges a Time from Ruby on its seconds and year" do
        expect(problem(:time, Time.utc(2026, 12, 2, 14))).to be_nil
        expect(problem(:time, Time.utc(2026, 12, 2, 14).in_time_zone("Europe/London"))).to be_nil
        expect(problem(:time, DateTime.new(2026, 12, 2, 14))).to be_nil
        expect(problem(:time, Time.utc(2026, 12, 2, 14, 0, 0.5))).to eq(:time_not_whole_seconds)
        expect(problem(:time, Time.utc(10_000, 1, 1))).to eq(:year_out_of_range)
        expect(problem(:time, Time.new(2101, 1, 1, 0, 30, 0, "+01:00"))).to be_nil
        expect(problem(:time, Time.new(2000, 1, 1, 0, 30, 0, "+01:00"))).to eq(:year_out_of_range)
      end

      it "refuses what is not a String, epoch numbers included" do
        expect((not_strings + [1_796_220_000]).map { |v| problem(:time, v) }).to all(
          eq(:time_invalid),
        )
      end
    end

    it "names only known problems" do
      found = [
        problem(:integer, "x"),
        problem(:boolean, "x"),
        problem(:text, 1),
        problem(:date, "x"),
        problem(:time, "x"),
        problem(:time, "2026-12-02T14:00:00.5Z"),
        problem(:date, "1999-01-01"),
        problem(:list, "x"),
      ]
      expect(found).to match_array(described_class::PROBLEMS)
    end
  end

  describe ".time" do
    it "is the instant in UTC" do
      time = described_class.time("2026-12-02T19:30:00+05:30")
      expect(time).to eq(Time.utc(2026, 12, 2, 14))
      expect(time.utc?).to eq(true)
      expect(described_class.time("2026-12-02T04:00:00-10:00")).to eq(Time.utc(2026, 12, 2, 14))
    end

    it "keeps the fraction of a second" do
      expect(described_class.time("2026-12-02T14:00:00.25Z")).to eq(
        Time.utc(2026, 12, 2, 14, 0, 0.25),
      )
    end

    it "is nil for what names no instant" do
      expect(["2026-12-02T24:00:00Z", "x", nil, 5].map { |v| described_class.time(v) }).to all(
        be_nil,
      )
    end
  end

  describe ".date" do
    it "is the Date, or nil" do
      expect(described_class.date("2028-02-29")).to eq(Date.new(2028, 2, 29))
      expect(["2026-02-29", "x", nil, 20_261_202].map { |v| described_class.date(v) }).to all(
        be_nil,
      )
    end
  end

  describe ".text" do
    def text(value)
      described_class.text(value)
    end

    it "cuts off every kind of Unicode space at either end" do
      spaces = [
        "\u00A0",
        "\u2003",
        "\u3000",
        "\uFEFF",
        "\u200B",
        "\u2060",
        "\u2028",
        "\u202F",
        "\u205F",
        " \t\n",
      ]
      spaces.each { |space| expect(text("#{space}hello#{space}")).to eq("hello"), space.dump }
    end

    it "keeps space inside the text" do
      expect(text("two\u00A0words and\ttabs\nand lines")).to eq(
        "two\u00A0words and\ttabs\nand lines",
      )
    end

    it "turns text of spaces only into the empty string" do
      expect(text("\u00A0 \u3000\uFEFF\t\r\n")).to eq("")
    end

    it "removes NUL and the other control characters, anywhere" do
      expect(text("a\u0000b\u0007c\u001Bd\u007Fe\u0085f\u009Fg")).to eq("abcdefg")
      expect(text("\u0000")).to eq("")
    end

    it "turns CRLF and CR into LF, as browsers count them" do
      expect(text("one\r\ntwo\rthree")).to eq("one\ntwo\nthree")
    end

    it "leaves what is not readable text alone" do
      invalid = (+"caf\xE9").force_encoding(Encoding::UTF_8)
      expect(text(invalid)).to equal(invalid)
      expect([5, nil, true, ["  a  "]].map { |v| text(v) }).to eq([5, nil, true, ["  a  "]])
    end

    it "keeps letters of every script and emoji" do
      expect(text(" Zoë 日本 🙂 ")).to eq("Zoë 日本 🙂")
    end
  end

  describe ".deep_text" do
    it "cleans Strings inside lists and objects, keys too, and keeps other values" do
      value = {
        " story\u0000" => " hi\u00A0",
        "list" => [" a ", 1, { "b" => "\uFEFFc" }],
        "ok" => true,
      }
      expect(described_class.deep_text(value)).to eq(
        "story" => "hi",
        "list" => ["a", 1, { "b" => "c" }],
        "ok" => true,
      )
    end
  end
end
