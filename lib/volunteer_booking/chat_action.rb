# frozen_string_literal: true

module VolunteerBooking
  # The action ids of the buttons the plugin puts on chat messages, e.g.
  # "volunteer_booking:pick_up:42", or a gap's shift and local date,
  # "volunteer_booking:join_gap:7:2026-12-09", or a booking request's
  # "volunteer_booking:take_request:7". Chat hands every button click in the
  # forum to every listener, so an id is only ours when it parses here;
  # anything else (another plugin's button, a malformed or forged id) reads
  # as nil and is ignored.
  module ChatAction
    PREFIX = "volunteer_booking"
    VERBS = %w[pick_up].freeze
    PATTERN = /\A#{PREFIX}:(#{VERBS.join("|")}):([1-9][0-9]{0,17})\z/
    TAKE_REQUEST = /\A#{PREFIX}:take_request:([1-9][0-9]{0,17})\z/
    JOIN_GAP = /\A#{PREFIX}:join_gap:([1-9][0-9]{0,17}):(\d{4}-\d{2}-\d{2})\z/

    def self.pick_up(booking_id)
      build("pick_up", booking_id)
    end

    # A booking request's "Offer a time".
    def self.take_request(request_id)
      id = Integer(request_id)
      raise ArgumentError, "request id must be positive" if !id.positive?
      "#{PREFIX}:take_request:#{id}"
    end

    def self.join_gap(shift_id, date)
      id = Integer(shift_id)
      raise ArgumentError, "shift id must be positive" if !id.positive?
      "#{PREFIX}:join_gap:#{id}:#{date.iso8601}"
    end

    def self.build(verb, booking_id)
      raise ArgumentError, "unknown verb #{verb.inspect}" if !VERBS.include?(verb)
      id = Integer(booking_id)
      raise ArgumentError, "booking id must be positive" if !id.positive?
      "#{PREFIX}:#{verb}:#{id}"
    end

    # A button of ours, as chat's message blocks take it; a primary one
    # stands out.
    def self.button(action_id, label, primary: true)
      button = {
        "type" => "button",
        "action_id" => action_id,
        "text" => {
          "type" => "plain_text",
          "text" => label,
        },
      }
      button["style"] = "primary" if primary
      button
    end

    # One row holding the buttons, or no blocks without any.
    def self.blocks(buttons)
      [{ "type" => "actions", "elements" => buttons }] if buttons.any?
    end

    # { verb: "pick_up", booking_id: 42 }, { verb: "take_request",
    # request_id: 7 } or { verb: "join_gap", shift_id: 7, date: Date } for
    # one of ours, else nil (an impossible date too).
    def self.parse(action_id)
      return if !action_id.is_a?(String)
      request = TAKE_REQUEST.match(action_id)
      return { verb: "take_request", request_id: Integer(request[1], 10) } if request
      match = PATTERN.match(action_id)
      return { verb: match[1], booking_id: Integer(match[2], 10) } if match
      match = JOIN_GAP.match(action_id)
      { verb: "join_gap", shift_id: Integer(match[1], 10), date: Date.iso8601(match[2]) } if match
    rescue Date::Error
      nil
    end

    # The clicked button's action id from what chat stores as the
    # interaction's action: the button itself ({ "action_id" => ... }), or,
    # in older chat versions, the whole actions block holding it. A block
    # only tells which button was clicked when it holds exactly one.
    def self.action_id_of(action)
      return if !action.is_a?(Hash)
      action = action.transform_keys(&:to_s)
      return action["action_id"] if action["action_id"].is_a?(String)
      elements = action["elements"]
      return if !elements.is_a?(Array) || elements.size != 1 || !elements.first.is_a?(Hash)
      id = elements.first.transform_keys(&:to_s)["action_id"]
      id if id.is_a?(String)
    end
  end
end
