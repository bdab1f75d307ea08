# frozen_string_literal: true

require_relative "../../core_helper"

RSpec.describe VolunteerBooking::BookingRules do
  let(:now) { Time.utc(2026, 4, 1, 9, 0) }
  let(:slot_start) { Time.utc(2026, 4, 2, 12, 0) }

  let(:questions) do
    [
      { id: "story", label: "Tell us your story", type: "textarea", required: true },
      { id: "coop", label: "Which co-op are you thinking of?", type: "text", required: false },
      {
        id: "ica",
        label: "I have read the ICA statement on the co-operative identity",
        type: "checkbox",
        required: true,
      },
    ]
  end
  let(:settings) do
    {
      paused: false,
      paused_message: "",
      min_notice_minutes: 120,
      horizon_days: 28,
      per_user_limit: 2,
      min_trust_level: 1,
      questions: questions,
    }
  end
  let(:answers) { { "story" => "  I was laid off in March.\r\nWhat next?  ", "ica" => true } }
  let(:booker) { { id: 42, trust_level: 1, active_bookings: [], active_requests: 0 } }
  let(:request) { { shift_id: 1, starts_at: slot_start, answers: answers } }

  def slot(starts_at: slot_start, shift_id: 1, capacity: 2, booked: 0)
    VolunteerBooking::Slot.new(
      shift_id: shift_id,
      starts_at: starts_at,
      ends_at: starts_at + 1800,
      capacity: capacity,
      booked: booked,
      volunteer_ids: (1..capacity).to_a,
    )
  end

  def check(
    settings: self.settings,
    slots: [slot],
    booker: self.booker,
    request: self.request,
    exclude: nil
  )
    described_class.new(settings).check(
      now: now,
      slots: slots,
      booker: booker,
      request: request,
      exclude: exclude,
    )
  end

  include VolunteerBookingCoreSpec::ExpectFailure

  describe "ERRORS" do
    # "order of checks" below pins the order by behaviour: it fixes one
    # error at a time and expects ERRORS in turn, so no copy of the list here.
    it "is frozen" do
      expect(described_class::ERRORS).to be_frozen
    end

    it "ends with the answer errors of IntakeQuestions" do
      expect(described_class::ERRORS.last(5)).to eq(
        VolunteerBooking::IntakeQuestions::ANSWER_ERRORS,
      )
    end
  end

  describe "a valid request" do
    it "is ok and hands back the slot and the answers ready to store" do
      result = check
      expect(result.ok?).to be(true)
      expect(result.error).to be_nil
      expect(result.i18n_key).to be_nil
      expect(result.params).to eq({})
      expect(result.value[:slot]).to eq(slot)
      expect(result.value[:answers]).to eq(
        "story" => "I was laid off in March.\nWhat next?",
        "coop" => "",
        "ica" => true,
      )
      expect(result.to_h).to eq(ok: true, error: nil, i18n_key: nil, params: {})
    end

    it "works with the defaults: no notice, no limit, trust level 0, no questions" do
      rules = described_class.new(horizon_days: 1)
      result =
        rules.check(
          now: now,
          slots: [slot(starts_at: now)],
          booker: {
            id: 1,
            trust_level: 0,
          },
          request: {
            shift_id: 1,
            starts_at: now,
          },
        )
      expect(result.ok?).to be(true)
      expect(result.value[:answers]).to eq({})
    end
  end

  describe "paused" do
    it "refuses every request and passes the organiser's message along" do
      settings = self.settings.merge(paused: true, paused_message: "Back after the holidays")
      expect_failure(check(settings: settings), :paused, message: "Back after the holidays")
    end
  end

  describe "trust_level_too_low" do
    it "refuses a booker below the topic's minimum trust level" do
      result = check(booker: booker.merge(trust_level: 0))
      expect_failure(result, :trust_level_too_low, level: 1)
    end

    it "accepts a booker at exactly the minimum" do
      expect(check(booker: booker.merge(trust_level: 1)).ok?).to be(true)
    end

    it "lets staff through whatever their trust level" do
      expect(check(booker: booker.merge(trust_level: 0, staff: true)).ok?).to be(true)
    end
  end

  describe "too_soon and too_far" do
    it "refuses a start before now + min_notice, even when a slot exists there" do
      soon = now + (119 * 60)
      result = check(slots: [slot(starts_at: soon)], request: request.merge(starts_at: soon))
      expect_failure(result, :too_soon, minutes: 120)
    end

    it "accepts a start exactly at now + min_notice" do
      boundary = now + (120 * 60)
      result =
        check(slots: [slot(starts_at: boundary)], request: request.merge(starts_at: boundary))
      expect(result.ok?).to be(true)
    end

    it "refuses a past start as too soon" do
      past = now - 3600
      result = check(slots: [slot(starts_at: past)], request: request.merge(starts_at: past))
      expect_failure(result, :too_soon, minutes: 120)
    end

    it "refuses a start at now + horizon_days or later" do
      far = now + (28 * 86_400)
      result = check(slots: [slot(starts_at: far)], request: request.merge(starts_at: far))
      expect_failure(result, :too_far, days: 28)
    end

    it "accepts a start one second inside the horizon" do
      inside = now + (28 * 86_400) - 1
      result = check(slots: [slot(starts_at: inside)], request: request.merge(starts_at: inside))
      expect(result.ok?).to be(true)
    end
  end

  describe "slot_unknown" do
    it "refuses a time that is no slot" do
      result = check(request: request.merge(starts_at: slot_start + 900))
      expect_failure(result, :slot_unknown)
    end

    it "refuses the right time on another shift" do
      expect_failure(check(request: request.merge(shift_id: 2)), :slot_unknown)
    end

    it "refuses when there are no slots" do
      expect_failure(check(slots: []), :slot_unknown)
    end

    it "matches a start given in another zone" do
      zoned = slot_start.in_time_zone("America/Sao_Paulo")
      expect(check(request: request.merge(starts_at: zoned)).ok?).to be(true)
    end
  end

  describe "already_booked_this_slot" do
    it "refuses a second booking of the same slot by the same booker" do
      mine = { shift_id: 1, starts_at: slot_start }
      result = check(booker: booker.merge(active_bookings: [mine]))
      expect_failure(result, :already_booked_this_slot)
    end

    it "refuses a booking overlapping one the booker holds, in any shift" do
      mine = { shift_id: 2, starts_at: slot_start + 900, ends_at: slot_start + 2700 }
      result = check(booker: booker.merge(active_bookings: [mine]))
      expect_failure(result, :already_booked_this_slot)
    end

    it "takes a booking without ends_at to last one slot" do
      mine = { shift_id: 2, starts_at: slot_start - 900 }
      result = check(booker: booker.merge(active_bookings: [mine]))
      expect_failure(result, :already_booked_this_slot)
    end

    it "accepts a booking that only touches one the booker holds" do
      before = { shift_id: 1, starts_at: slot_start - 1800, ends_at: slot_start }
      after = { shift_id: 1, starts_at: slot_start + 1800 }
      result =
        check(
          settings: settings.merge(per_user_limit: nil),
          booker: booker.merge(active_bookings: [before, after]),
        )
      expect(result.ok?).to be(true)
    end
  end

  describe "limit_reached" do
    let(:elsewhere) do
      [
        { shift_id: 1, starts_at: slot_start + 86_400 },
        { shift_id: 2, starts_at: slot_start + (2 * 86_400) },
      ]
    end

    it "refuses a booker who already has per_user_limit upcoming bookings" do
      result = check(booker: booker.merge(active_bookings: elsewhere))
      expect_failure(result, :limit_reached, limit: 2)
    end

    it "accepts a booker one below the limit" do
      expect(check(booker: booker.merge(active_bookings: elsewhere.first(1))).ok?).to be(true)
    end

    it "counts the booker's open or taken request with their bookings" do
      with_request = booker.merge(active_bookings: elsewhere.first(1), active_requests: 1)
      expect_failure(check(booker: with_request), :limit_reached, limit: 2)
      at_one = settings.merge(per_user_limit: 1)
      expect_failure(
        check(settings: at_one, booker: booker.merge(active_requests: 1)),
        :limit_reached,
        limit: 1,
      )
    end

    it "does not count bookings that have already started" do
      past = [{ shift_id: 1, starts_at: now - 60 }, elsewhere.first]
      expect(check(booker: booker.merge(active_bookings: past)).ok?).to be(true)
    end

    it "has no limit when per_user_limit is nil" do
      many = (1..5).map { |day| { shift_id: 1, starts_at: slot_start + (day * 86_400) } }
      result =
        check(
          settings: settings.merge(per_user_limit: nil),
          booker: booker.merge(active_bookings: many),
        )
      expect(result.ok?).to be(true)
    end
  end

  describe "slot_full" do
    it "refuses a slot with as many bookings as capacity" do
      expect_failure(check(slots: [slot(capacity: 2, booked: 2)]), :slot_full)
    end

    it "refuses an over-full slot" do
      expect_failure(check(slots: [slot(capacity: 1, booked: 3)]), :slot_full)
    end

    it "accepts the last free place" do
      expect(check(slots: [slot(capacity: 2, booked: 1)]).ok?).to be(true)
    end
  end

  describe "answers" do
    it "refuses an answer to a question that does not exist" do
      result = check(request: request.merge(answers: answers.merge("age" => "30")))
      expect_failure(result, :answer_unknown, id: "age")
    end

    it "refuses a missing required text answer" do
      result = check(request: request.merge(answers: { "story" => " \n ", "ica" => true }))
      expect_failure(result, :answer_missing, question: "Tell us your story")
    end

    it "refuses an unticked acknowledgement" do
      result = check(request: request.merge(answers: answers.merge("ica" => false)))
      expect_failure(
        result,
        :acknowledgement_missing,
        question: "I have read the ICA statement on the co-operative identity",
      )
    end

    it "refuses an answer that is too long" do
      result = check(request: request.merge(answers: answers.merge("coop" => "x" * 501)))
      expect_failure(
        result,
        :answer_too_long,
        question: "Which co-op are you thinking of?",
        max: 500,
      )
    end

    it "refuses an answer of the wrong kind" do
      result = check(request: request.merge(answers: answers.merge("story" => 42)))
      expect_failure(result, :answer_invalid, question: "Tell us your story")
    end

    it "treats missing answers as unanswered" do
      result = check(request: request.merge(answers: nil))
      expect_failure(result, :answer_missing, question: "Tell us your story")
    end
  end

  describe "order of checks" do
    it "reports one error at a time, in the documented order" do
      broken_settings = settings.merge(paused: true)
      broken_booker = {
        id: 42,
        trust_level: 0,
        active_requests: 0,
        active_bookings: [
          { shift_id: 1, starts_at: slot_start },
          { shift_id: 1, starts_at: slot_start + 86_400 },
          { shift_id: 1, starts_at: slot_start + (2 * 86_400) },
        ],
      }
      broken_slot = slot(capacity: 1, booked: 1)
      broken_request = {
        shift_id: 1,
        starts_at: now + 60,
        answers: {
          "age" => "30",
          "story" => ["list"],
        },
      }

      fixes = {
        paused: -> { broken_settings = settings },
        trust_level_too_low: -> { broken_booker = broken_booker.merge(trust_level: 1) },
        too_soon: -> { broken_request = broken_request.merge(starts_at: now + (40 * 86_400)) },
        too_far: -> { broken_request = broken_request.merge(starts_at: slot_start + 60) },
        slot_unknown: -> { broken_request = broken_request.merge(starts_at: slot_start) },
        already_booked_this_slot: -> do
          broken_booker =
            broken_booker.merge(active_bookings: broken_booker[:active_bookings].drop(1))
        end,
        limit_reached: -> { broken_booker = broken_booker.merge(active_bookings: []) },
        slot_full: -> { broken_slot = slot },
        answer_unknown: -> do
          broken_request = broken_request.merge(answers: broken_request[:answers].except("age"))
        end,
        answer_invalid: -> do
          broken_request = broken_request.merge(answers: { "story" => "", "ica" => "0" })
        end,
        answer_missing: -> do
          broken_request = broken_request.merge(answers: { "story" => "Hello", "ica" => "0" })
        end,
        acknowledgement_missing: -> do
          broken_request = broken_request.merge(answers: { "story" => "y" * 5001, "ica" => "1" })
        end,
        answer_too_long: -> do
          broken_request = broken_request.merge(answers: { "story" => "y" * 5000, "ica" => "1" })
        end,
      }
      expect(fixes.keys).to eq(described_class::ERRORS)

      seen =
        fixes.map do |_error, fix|
          result =
            check(
              settings: broken_settings,
              slots: [broken_slot],
              booker: broken_booker,
              request: broken_request,
            )
          fix.call
          result.error
        end
      expect(seen).to eq(described_class::ERRORS)

      final =
        check(
          settings: broken_settings,
          slots: [broken_slot],
          booker: broken_booker,
          request: broken_request,
        )
      expect(final.ok?).to be(true)
    end
  end

  describe "rescheduling (exclude:)" do
    let(:current) { { shift_id: 1, starts_at: slot_start } }
    let(:target) { slot_start + 86_400 }
    let(:one_each) { settings.merge(per_user_limit: 1) }

    it "leaves the booking being moved out of the per-user limit" do
      booker = self.booker.merge(active_bookings: [current])
      args = { settings: one_each, slots: [slot(starts_at: target)], booker: booker }
      moved = args.merge(request: request.merge(starts_at: target))

      expect_failure(check(**moved), :limit_reached, limit: 1)
      expect(check(**moved, exclude: current).ok?).to be(true)
    end

    it "still counts the booker's request when a booking is moved" do
      booker = self.booker.merge(active_bookings: [current], active_requests: 1)
      args = { settings: one_each, slots: [slot(starts_at: target)], booker: booker }
      moved = args.merge(request: request.merge(starts_at: target), exclude: current)

      expect_failure(check(**moved), :limit_reached, limit: 1)
      expect(check(**moved, settings: settings).ok?).to be(true)
    end

    # own is the booker's only active booking and already fills the slot: it
    # counts against the booker unless it is the booking being moved.
    def expect_no_competition_with(own)
      booker = self.booker.merge(active_bookings: [own])
      full_with_me = slot(capacity: 1, booked: 1)

      expect_failure(check(slots: [full_with_me], booker: booker), :already_booked_this_slot)
      expect(check(slots: [full_with_me], booker: booker, exclude: own).ok?).to be(true)
    end

    it "does not let the booking compete with itself for its own slot" do
      expect_no_competition_with(current)
    end

    it "does not let the booking compete with itself in a slot it overlaps off the grid" do
      # Booked 12:15-12:45 under an older grid: the engine counts it in the
      # 12:00 slot, which it now fills.
      expect_no_competition_with(
        { shift_id: 1, starts_at: slot_start + 900, ends_at: slot_start + 2700 },
      )
    end

    it "counts the booking being moved against a slot of another shift" do
      elsewhere = { shift_id: 2, starts_at: slot_start + 900, ends_at: slot_start + 2700 }
      full = slot(capacity: 1, booked: 1)
      expect_failure(
        check(
          slots: [full],
          booker: booker.merge(active_bookings: [elsewhere]),
          exclude: elsewhere,
        ),
        :slot_full,
      )
    end

    it "still refuses a slot that others have filled" do
      booker = self.booker.merge(active_bookings: [current])
      full = slot(starts_at: target, capacity: 1, booked: 1)
      result =
        check(
          slots: [full],
          booker: booker,
          request: request.merge(starts_at: target),
          exclude: current,
        )
      expect_failure(result, :slot_full)
    end
  end

  describe "settings and arguments" do
    {
      { horizon_days: nil } => /horizon_days must be an Integer >= 1, got nil/,
      { horizon_days: 0 } => /horizon_days must be an Integer >= 1/,
      { min_notice_minutes: -1 } => /min_notice_minutes must be an Integer >= 0/,
      { min_notice_minutes: 1.5 } => /min_notice_minutes must be an Integer/,
      { per_user_limit: 0 } => /per_user_limit must be an Integer >= 1/,
      { min_trust_level: 5 } => /min_trust_level must be at most 4/,
      { min_trust_level: -1 } => /min_trust_level must be an Integer >= 0/,
      { paused: "yes" } => /paused must be true or false/,
      { per_user_limt: 2 } => /unknown settings: :per_user_limt/,
      {
        questions: [{ id: "a", label: "A", type: "radio" }],
      } =>
        /questions are invalid \(question_type_unknown\)/,
      { questions: "story" } => /questions are invalid \(questions_invalid\)/,
    }.each do |change, message|
      it "rejects settings with #{change.inspect}" do
        expect { described_class.new(settings.merge(change)) }.to raise_error(
          ArgumentError,
          message,
        )
      end
    end

    it "rejects settings that are not a Hash" do
      expect { described_class.new(nil) }.to raise_error(ArgumentError, /settings must be a Hash/)
    end

    it "rejects a now or a start time that is not a Time" do
      rules = described_class.new(settings)
      args = { slots: [], booker: booker, request: request }
      expect { rules.check(now: Date.new(2026, 4, 1), **args) }.to raise_error(
        ArgumentError,
        /now must be a Time/,
      )
      expect { check(request: request.merge(starts_at: "2026-04-02T12:00:00Z")) }.to raise_error(
        ArgumentError,
        /request starts_at must be a Time/,
      )
    end

    it "rejects a booker without a trust level and answers that are not a Hash" do
      expect { check(booker: { id: 1 }) }.to raise_error(
        ArgumentError,
        /booker trust_level must be an Integer/,
      )
      expect { check(request: request.merge(answers: [1])) }.to raise_error(
        ArgumentError,
        /answers must be a Hash/,
      )
    end
  end
end
