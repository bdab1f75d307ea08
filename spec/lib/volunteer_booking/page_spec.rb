# frozen_string_literal: true

require_relative "../../core_helper"

RSpec.describe VolunteerBooking::Page do
  let(:contract) do
    JSON.parse(File.read(File.expand_path("../../../contract/pages.json", __dir__)))
  end
  let(:start) { Time.utc(2026, 6, 3, 13, 0, 0) }

  def cursor_of(json)
    [json].pack("m0").tr("+/", "-_").delete("=")
  end

  def kinds(row)
    row["kinds"].map(&:to_sym)
  end

  it "holds the page sizes of contract/pages.json, which the in-memory API holds too" do
    expect(described_class::SIZES).to eq(contract["sizes"].transform_keys(&:to_sym))
  end

  describe ".decode" do
    it "reads every cursor contract/pages.json reads, times as the same instant" do
      contract["cursors"]["read"].each do |row|
        values =
          row["kinds"]
            .zip(row["values"])
            .map { |kind, value| kind == "time" ? Time.iso8601(value) : value }
        expect(described_class.decode(cursor_of(JSON.generate(row["values"])), kinds(row))).to eq(
          values,
        ),
        row["why"]
      end
    end

    it "refuses every cursor contract/pages.json refuses" do
      contract["cursors"]["refused"].each do |row|
        cursor = row["cursor"] || cursor_of(row["json"])
        expect(described_class.decode(cursor, kinds(row))).to be_nil, row["why"]
      end
    end

    it "refuses what is not a string, a cursor too long to be one, and text past its length" do
      [nil, 42, ["WzFd"], { "cursor" => "WzFd" }].each do |value|
        expect(described_class.decode(value, %i[integer])).to be_nil, value.inspect
      end
      expect(described_class.decode("A" * 501, %i[integer])).to be_nil
      expect(described_class.decode(described_class.encode(["a" * 101]), %i[text])).to be_nil
      expect(described_class.decode(described_class.encode(["a" * 100]), %i[text])).to eq(
        ["a" * 100],
      )
    end

    it "raises for a kind it does not know: that is the caller's mistake, not the client's" do
      expect { described_class.decode("WzFd", %i[colour]) }.to raise_error(ArgumentError, /colour/)
    end
  end

  describe ".encode" do
    it "writes unpadded base64url that decode reads back, times with their microseconds" do
      fine = Time.utc(2026, 6, 3, 13, 0, Rational(123_456, 1_000_000))
      cursor = described_class.encode([fine, 42])
      expect(cursor).to match(/\A[A-Za-z0-9_-]+\z/)
      expect(described_class.decode(cursor, %i[time integer])).to eq([fine, 42])
    end

    it "writes times in UTC, whatever their zone" do
      london = start.in_time_zone("Europe/London")
      expect(described_class.encode([london])).to eq(described_class.encode([start]))
      expect(JSON.parse(described_class.encode([start]).unpack1("m"))).to eq(
        ["2026-06-03T13:00:00.000000Z"],
      )
    end
  end

  describe ".of" do
    it "keeps the first size rows and names the last of them when a row more was read" do
      page = described_class.of([1, 2, 3], 2) { |n| [n] }
      expect(page.items).to eq([1, 2])
      expect(page.more?).to be(true)
      expect(described_class.decode(page.cursor, %i[integer])).to eq([2])
    end

    it "has no cursor when nothing more was read, also when the list is empty" do
      [[1, 2], []].each do |rows|
        page = described_class.of(rows, 2) { |n| [n] }
        expect([page.items, page.more?, page.cursor]).to eq([rows, false, nil])
      end
    end
  end

  describe ".after" do
    let(:slots) { (0...7).map { |n| [start + (n / 2 * 1800), n % 2] } }

    it "pages through a sorted list, every item once and in order" do
      seen = []
      after = nil
      pages = 0
      loop do
        page = described_class.after(slots, after, 3) { |slot| slot }
        seen.concat(page.items)
        pages += 1
        break if !page.more?
        after = described_class.decode(page.cursor, %i[time integer])
      end
      expect(seen).to eq(slots)
      expect(pages).to eq(3)
    end

    it "starts after a key that is not in the list any more (a slot that filled or passed)" do
      gone = [start + 900, 0]
      page = described_class.after(slots, gone, 10) { |slot| slot }
      expect(page.items.first).to eq([start + 1800, 0])
    end

    it "is empty after the last item" do
      page = described_class.after(slots, slots.last, 3) { |slot| slot }
      expect([page.items, page.more?]).to eq([[], false])
    end
  end
end
