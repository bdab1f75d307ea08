# frozen_string_literal: true

require "base64"
require_relative "../../core_helper"

RSpec.describe VolunteerBooking::CallLink do
  contract = VolunteerBookingCoreSpec.contract("call_links")

  def value_of(row)
    row[:pad_to] ? row[:value].ljust(row[:pad_to], "a") : row[:value]
  end

  def check(row)
    value = value_of(row)
    case row[:kind]
    when "template"
      described_class.check_template(value)
    when "link"
      described_class.check_link(value)
    when "mode"
      described_class.check_mode(value)
    end
  end

  it "follows the contract's modes" do
    expect(described_class::MODES).to eq(contract[:modes])
    expect(described_class::MODES).to include(described_class::DEFAULT_MODE)
  end

  contract[:checks].each do |row|
    it "#{row[:kind]}: #{row[:why]}" do
      result = check(row)
      expect(result.error).to eq(row[:error]&.to_sym)
      expect(result.params).to eq(row[:params] || {}) if row[:error]
      expect(result.value).to eq(value_of(row)) if row[:error].nil?
    end
  end

  contract[:expansions].each do |row|
    it "expands: #{row[:why]}" do
      link = described_class.expand(row[:template], token: row[:token], booking_id: row[:booking])
      expect(link).to eq(row[:link])
      expect(described_class.check_link(link)).to be_ok
    end
  end

  contract[:pick_ups].each do |row|
    it "picks up: #{row[:why]}" do
      result = described_class.for_pick_up(row[:mode], given: row[:given], saved: row[:saved])
      expect(result.error).to eq(row[:error]&.to_sym)
      expect(result.value).to eq(row[:link]) if row[:error].nil?
    end
  end

  it "translates every refusal, with its params" do
    contract[:checks]
      .select { |row| row[:error] }
      .each do |row|
        expect(VolunteerBookingCoreSpec.translate(check(row))).to match(/\A[A-Z].+\.\z/)
      end
    needed = described_class.for_pick_up("volunteer_link", given: nil, saved: nil)
    expect(VolunteerBookingCoreSpec.translate(needed)).to match(/\A[A-Z].+\.\z/)
  end

  it "has a row for every refusal" do
    expected =
      (contract[:checks] + contract[:pick_ups]).filter_map { |row| row[:error]&.to_sym }.uniq
    expect(described_class::ERRORS).to match_array(expected)
  end

  describe ".generate_token" do
    it "draws at least 128 bits, as URL-safe characters a template accepts" do
      tokens = Array.new(1000) { described_class.generate_token }
      expect(tokens.uniq.size).to eq(1000)
      expect(tokens).to all(match(/\A[A-Za-z0-9_-]{22,}\z/))
      expect(Base64.urlsafe_decode64(tokens.first).bytesize).to be >= 16
      link =
        described_class.expand("https://meet.jit.si/x-{token}", token: tokens.first, booking_id: 3)
      expect(described_class.check_link(link)).to be_ok
    end

    it "uses every URL-safe character, so no bits are lost to a narrow alphabet" do
      alphabet = Array.new(200) { described_class.generate_token }.join.chars.uniq
      expect(alphabet.size).to eq(64)
    end
  end

  describe ".expand" do
    let(:template) { "https://meet.jit.si/{token}" }

    it "refuses a short or hand-made token, which would make the room guessable" do
      expect { described_class.expand(template, token: "abc", booking_id: 1) }.to raise_error(
        ArgumentError,
      )
      expect { described_class.expand(template, token: "a/b.c" * 5, booking_id: 1) }.to raise_error(
        ArgumentError,
      )
      expect { described_class.expand(template, token: nil, booking_id: 1) }.to raise_error(
        ArgumentError,
      )
    end

    it "refuses a booking id that is not a number" do
      expect {
        described_class.expand(template, token: "A" * 22, booking_id: "1/../x")
      }.to raise_error(ArgumentError)
    end

    it "keeps the host the organiser typed, whatever the token" do
      host = "Meet.Example.org"
      link =
        described_class.expand(
          "https://#{host}/{booking}-{token}",
          token: described_class.generate_token,
          booking_id: 2**62,
        )
      expect(link).to start_with("https://#{host}/")
      expect(link.length).to be <= described_class::MAX_LENGTH
    end
  end
end
