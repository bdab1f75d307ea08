# frozen_string_literal: true

require_relative "../../core_helper"

# Every case of contract/booking_rules.json, which the in-memory API follows
# too; README.md there says what each part means.
RSpec.describe VolunteerBooking::BookingRules do
  contract = VolunteerBookingCoreSpec.contract("booking_rules")
  now = Time.iso8601(contract[:now])
  session = contract[:session_minutes] * 60

  at = ->(minutes) { now + (minutes * 60) }
  booking =
    lambda do |row|
      starts_at = at.(row[:starts_in])
      {
        shift_id: row[:shift_id],
        starts_at: starts_at,
        ends_at: starts_at + ((row[:minutes] || contract[:session_minutes]) * 60),
      }
    end
  slots =
    contract[:slots].values.map do |slot|
      starts_at = at.(slot[:starts_in])
      VolunteerBooking::Slot.new(
        shift_id: slot[:shift_id],
        starts_at: starts_at,
        ends_at: starts_at + session,
        capacity: slot[:capacity],
        booked: slot[:booked],
        volunteer_ids: [],
      )
    end

  # A `pad` answer is the value given, then `pad_with` until it has that many
  # characters.
  padded =
    lambda do |row|
      answers = (row[:answers] || contract[:answers]).dup
      (row[:pad] || {}).each do |id, length|
        given = answers[id].to_s
        answers[id] = given + ((row[:pad_with] || "a") * (length - given.length))
      end
      answers
    end

  def expect_answer(row, result)
    expect(result.error).to eq(row[:error]&.to_sym)
    if row[:error]
      expect(result.params).to eq(row[:params])
    else
      stored = result.value[:answers].transform_keys(&:to_sym)
      lengths = row[:accepted_lengths] || {}
      expect(stored.except(*lengths.keys)).to eq(row[:accepted])
      expect(lengths.to_h { |id, _| [id, stored[id].length] }).to eq(lengths)
    end
  end

  it "has a case for every error the rules give" do
    keys = (contract[:checks] + contract[:answer_checks]).filter_map { |row| row[:error]&.to_sym }
    expect(keys.uniq).to match_array(described_class::ERRORS)
  end

  contract[:checks].each do |row|
    it "checks: #{row[:why]}" do
      rules = described_class.new(contract[:settings].merge(row[:settings] || {}))
      request = row[:request]
      request = contract[:slots].fetch(request[:slot].to_sym) if request[:slot]
      own = (row[:own] || []).map(&booking)
      result =
        rules.check(
          now: now,
          slots: slots,
          booker:
            contract[:bookers].fetch(row[:booker].to_sym).merge(
              id: 1,
              active_bookings: own,
              active_requests: row[:requests] || 0,
            ),
          request: {
            shift_id: request[:shift_id],
            starts_at: at.(request[:starts_in]),
            answers: padded.(row),
          },
          exclude: row[:exclude] && own[row[:exclude]],
        )
      expect_answer(row, result)
    end
  end

  contract[:answer_checks].each do |row|
    it "answers: #{row[:why]}" do
      questions = VolunteerBooking::IntakeQuestions.new(contract[:settings][:questions])
      answers = padded.(row)
      result = questions.check_answers(answers)
      result = described_class::Result.ok(answers: questions.normalize(answers)) if result.ok?
      expect_answer(row, result)
    end
  end

  describe "no_show_rule: VolunteerBooking::FollowUp.approval_check" do
    rule = contract[:no_show_rule]

    it "starts from the site settings' defaults" do
      settings = YAML.safe_load_file(File.expand_path("../../../config/settings.yml", __dir__))
      defaults =
        rule[:site_settings].to_h do |name, _|
          [
            name,
            settings.dig("discourse_volunteer_booking", "volunteer_booking_#{name}", "default"),
          ]
        end
      expect(defaults).to eq(rule[:site_settings])
    end

    rule[:checks].each do |row|
      it row[:why] do
        settings = rule[:site_settings].merge(row[:site_settings] || {})
        no_shows =
          row[:no_shows].map do |no_show|
            {
              topic_id: no_show[:topic] || rule[:topic],
              starts_at: now - (no_show[:minutes_ago] * 60),
              excused: no_show[:excused] == true,
            }
          end
        result =
          VolunteerBooking::FollowUp.approval_check(
            no_shows,
            topic_id: rule[:topic],
            limit: settings[:no_show_limit],
            days: settings[:no_show_days],
            now:,
          )
        expect(result.error).to eq(row[:needs_approval] ? :needs_approval : nil)
        expect(result.params).to eq(row[:params] || {})
      end
    end
  end
end
