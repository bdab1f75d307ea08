# frozen_string_literal: true

require_relative "../../core_helper"

RSpec.describe VolunteerBooking::Storable do
  def problem(value)
    described_class.problem(value)
  end

  it "passes what PostgreSQL stores" do
    values = [
      "I was laid off in March. Ça va?",
      :story,
      42,
      -(2**31),
      Time.utc(2026, 12, 2, 14),
      Date.new(9999, 12, 31),
      Time.utc(1, 1, 1),
      { "story" => "ok", "ica" => true, "n" => nil, "list" => [1, "two", 3.5] },
      nil,
      true,
    ]
    expect(values.map { |value| problem(value) }).to all(be_nil)
  end

  it "refuses a NUL character, at any depth, in keys too" do
    expect(problem("a\u0000b")).to eq(:text_unreadable)
    expect(problem({ "story" => ["fine", { "x" => "a\u0000" }] })).to eq(:text_unreadable)
    expect(problem({ "st\u0000ory" => "fine" })).to eq(:text_unreadable)
  end

  it "refuses bytes that are not UTF-8" do
    expect(problem((+"caf\xE9").force_encoding(Encoding::UTF_8))).to eq(:text_unreadable)
    expect(problem((+"caf\xE9").force_encoding(Encoding::BINARY))).to eq(:text_unreadable)
    expect(problem((+"caf\xE9").force_encoding(Encoding::ISO_8859_1))).to be_nil
    expect(problem("café".b)).to be_nil
  end

  it "refuses dates outside the years 1 to 9999" do
    expect(problem(Time.utc(10_000, 1, 1))).to eq(:date_out_of_range)
    expect(problem(Time.utc(294_277, 1, 1).in_time_zone("Europe/London"))).to eq(:date_out_of_range)
    expect(problem(Date.new(0, 12, 31))).to eq(:date_out_of_range)
    expect(problem(DateTime.new(12_345, 1, 1))).to eq(:date_out_of_range)
  end

  it "refuses integers beyond PostgreSQL's integer column" do
    expect(problem(2**31)).to eq(:number_out_of_range)
    expect(problem([1, -(2**31) - 1])).to eq(:number_out_of_range)
  end

  it "refuses nesting deeper than any form sends" do
    deep = (1..10).reduce("x") { |inner, _| [inner] }
    expect(problem(deep)).to eq(:text_unreadable)
  end

  it "names only known problems" do
    expect(described_class::PROBLEMS).to contain_exactly(
      :text_unreadable,
      :date_out_of_range,
      :number_out_of_range,
    )
  end
end
