# frozen_string_literal: true

require_relative "../../core_helper"

RSpec.describe VolunteerBooking::ChatAction do
  describe ".pick_up" do
    it "names the booking in the action id" do
      expect(described_class.pick_up(42)).to eq("volunteer_booking:pick_up:42")
    end

    it "refuses ids that are not positive integers" do
      expect { described_class.pick_up(0) }.to raise_error(ArgumentError)
      expect { described_class.pick_up("12abc") }.to raise_error(ArgumentError)
    end
  end

  describe ".take_request" do
    it "names the request in the action id, and parse reads it back" do
      action_id = described_class.take_request(7)
      expect(action_id).to eq("volunteer_booking:take_request:7")
      expect(described_class.parse(action_id)).to eq(verb: "take_request", request_id: 7)
    end

    it "refuses ids that are not positive integers, and parse ignores them" do
      expect { described_class.take_request(0) }.to raise_error(ArgumentError)
      %w[volunteer_booking:take_request:0 volunteer_booking:take_request:7:8].each do |action_id|
        expect(described_class.parse(action_id)).to be_nil
      end
    end
  end

  describe ".parse" do
    it "reads back what pick_up wrote" do
      expect(described_class.parse(described_class.pick_up(42))).to eq(
        verb: "pick_up",
        booking_id: 42,
      )
    end

    it "ignores other plugins' actions, unknown verbs and malformed ids" do
      [
        nil,
        42,
        "",
        "dwf:1:2:approve:sig",
        "ai_tool_approval::approve::3",
        "volunteer_booking:release:42",
        "volunteer_booking:pick_up:",
        "volunteer_booking:pick_up:0",
        "volunteer_booking:pick_up:-3",
        "volunteer_booking:pick_up:42:extra",
        "volunteer_booking:pick_up:42\n",
        " volunteer_booking:pick_up:42",
        "volunteer_booking:pick_up:#{"9" * 30}",
      ].each { |action_id| expect(described_class.parse(action_id)).to be_nil, action_id.inspect }
    end
  end

  describe ".join_gap" do
    it "names the shift and the local date, and reads back" do
      action_id = described_class.join_gap(7, Date.new(2026, 12, 9))
      expect(action_id).to eq("volunteer_booking:join_gap:7:2026-12-09")
      expect(described_class.parse(action_id)).to eq(
        verb: "join_gap",
        shift_id: 7,
        date: Date.new(2026, 12, 9),
      )
    end

    it "refuses shift ids that are not positive" do
      expect { described_class.join_gap(0, Date.new(2026, 12, 9)) }.to raise_error(ArgumentError)
    end

    it "ignores malformed and impossible dates" do
      %w[
        volunteer_booking:join_gap:7:2026-02-30
        volunteer_booking:join_gap:7:2026-1-9
        volunteer_booking:join_gap:0:2026-12-09
        volunteer_booking:join_gap:7
        volunteer_booking:join_gap:7:2026-12-09:x
      ].each { |action_id| expect(described_class.parse(action_id)).to be_nil, action_id }
    end
  end

  describe ".action_id_of" do
    let(:button) { { "type" => "button", "action_id" => "volunteer_booking:pick_up:7" } }

    it "reads the clicked button" do
      expect(described_class.action_id_of(button)).to eq("volunteer_booking:pick_up:7")
      expect(described_class.action_id_of(type: "button", action_id: "x")).to eq("x")
    end

    it "reads a block holding exactly one button" do
      expect(described_class.action_id_of("type" => "actions", "elements" => [button])).to eq(
        "volunteer_booking:pick_up:7",
      )
    end

    it "cannot tell which button of several was clicked" do
      block = { "type" => "actions", "elements" => [button, button.merge("action_id" => "y")] }
      expect(described_class.action_id_of(block)).to be_nil
    end

    it "is nil for anything else" do
      [nil, "volunteer_booking:pick_up:7", [], {}, { "elements" => "x" }].each do |action|
        expect(described_class.action_id_of(action)).to be_nil
      end
    end
  end

  describe ".button and .blocks" do
    it "puts the buttons in one row, the primary ones styled" do
      plain = described_class.button("volunteer_booking:pick_up:1", "Join", primary: false)
      expect(plain).to eq(
        "type" => "button",
        "action_id" => "volunteer_booking:pick_up:1",
        "text" => {
          "type" => "plain_text",
          "text" => "Join",
        },
      )
      primary = described_class.button("volunteer_booking:pick_up:2", "Join")
      expect(primary["style"]).to eq("primary")
      expect(described_class.blocks([plain, primary])).to eq(
        [{ "type" => "actions", "elements" => [plain, primary] }],
      )
    end

    it "makes no blocks without buttons" do
      expect(described_class.blocks([])).to be_nil
    end
  end
end
