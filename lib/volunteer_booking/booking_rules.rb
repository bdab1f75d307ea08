# frozen_string_literal: true

require "active_support/core_ext/enumerable"

module VolunteerBooking
  # Decides whether one booking request may go ahead, given the booking
  # topic's settings and the slots the SlotEngine produced for it. It answers
  # with a Result carrying at most one error key, so the booker always gets
  # one clear, translated reason (config/locales/server.en.yml,
  # volunteer_booking.errors.<key>).
  #
  # Settings: { paused:, paused_message:, min_notice_minutes:, horizon_days:,
  # per_user_limit:, min_trust_level:, questions: } - only horizon_days is
  # required; unknown keys raise so a misspelt setting cannot silently switch
  # a rule off. per_user_limit nil means no limit. min_notice_minutes and
  # horizon_days must be the ones given to the SlotEngine: they are measured
  # the same way, in elapsed time from now.
  class BookingRules
    # Outcome of a check: ok, or one error key with interpolation params.
    # value carries what a successful check found, for the caller to use.
    class Result
      I18N_SCOPE = "volunteer_booking.errors"

      attr_reader :error, :params, :value

      def self.ok(value = nil)
        new(error: nil, params: {}, value: value)
      end

      def self.failure(error, **params)
        new(error: error, params: params, value: nil)
      end

      def initialize(error:, params:, value:)
        @error = error
        @params = params.freeze
        @value = value
        freeze
      end

      def ok?
        error.nil?
      end

      def i18n_key
        "#{I18N_SCOPE}.#{error}" if error
      end

      def to_h
        { ok: ok?, error: error, i18n_key: i18n_key, params: params }
      end
    end

    # Every error #check can return, in the order the checks run:
    #   paused                   - the organiser paused the topic (params: message)
    #   trust_level_too_low      - booker below min_trust_level; staff are
    #                              exempt, as in Discourse (params: level)
    #   too_soon                 - starts before now + min_notice (params: minutes)
    #   too_far                  - starts at or after now + horizon (params: days)
    #   slot_unknown             - no such slot (wrong time, shift or no
    #                              volunteer on the rota)
    #   already_booked_this_slot - the booker holds an active booking for it
    #                              or for a time overlapping it
    #   limit_reached            - booker has per_user_limit upcoming active
    #                              bookings and open or taken requests in
    #                              this topic (params: limit)
    #   slot_full                - no room left in the slot
    #   answer_unknown, answer_invalid, answer_missing,
    #   acknowledgement_missing, answer_too_long - see IntakeQuestions
    # Time is checked before the slot lookup because the SlotEngine already
    # drops slots outside notice and horizon: looked up first, a too-early
    # request could only ever say slot_unknown. Answers come last: there is no
    # point asking the booker to fix them for a slot they cannot have.
    # The answer keys repeat IntakeQuestions::ANSWER_ERRORS (a spec keeps the
    # two in step) so this file does not depend on load order.
    ERRORS = %i[
      paused
      trust_level_too_low
      too_soon
      too_far
      slot_unknown
      already_booked_this_slot
      limit_reached
      slot_full
      answer_unknown
      answer_invalid
      answer_missing
      acknowledgement_missing
      answer_too_long
    ].freeze

    SETTINGS = %i[
      paused
      paused_message
      min_notice_minutes
      horizon_days
      per_user_limit
      min_trust_level
      questions
    ].freeze
    MAX_TRUST_LEVEL = Limits.range(:min_trust_level).max

    attr_reader :paused,
                :paused_message,
                :min_notice_minutes,
                :horizon_days,
                :per_user_limit,
                :min_trust_level,
                :questions

    def initialize(settings)
      unless settings.is_a?(Hash)
        raise ArgumentError, "settings must be a Hash, got #{settings.class}"
      end
      unknown = settings.keys - SETTINGS
      raise ArgumentError, "unknown settings: #{unknown.map(&:inspect).join(", ")}" if unknown.any?

      @paused = settings.fetch(:paused, false)
      raise ArgumentError, "paused must be true or false" if [true, false].exclude?(@paused)
      @paused_message = settings[:paused_message].to_s
      @min_notice_minutes = integer(settings, :min_notice_minutes, 0, minimum: 0)
      @horizon_days = integer(settings, :horizon_days, nil, minimum: 1)
      @per_user_limit =
        (integer(settings, :per_user_limit, nil, minimum: 1) unless settings[:per_user_limit].nil?)
      @min_trust_level = integer(settings, :min_trust_level, 0, minimum: 0)
      if @min_trust_level > MAX_TRUST_LEVEL
        raise ArgumentError, "min_trust_level must be at most #{MAX_TRUST_LEVEL}"
      end

      @questions = IntakeQuestions.new(settings.fetch(:questions, []))
      unless @questions.valid?
        raise ArgumentError, "questions are invalid (#{@questions.validation.error})"
      end
    end

    # now: Time. slots: the SlotEngine's Array<Slot> for this topic (anything
    # answering shift_id, starts_at, capacity and booked will do).
    # booker: { id:, trust_level:, staff: false, active_bookings: [{ shift_id:,
    # starts_at:, ends_at: }], active_requests: 0 } - the booker's pending and
    # picked up bookings in this topic, and how many open or taken requests
    # they have there (a request is a booking on its way, so it counts
    # towards per_user_limit).
    # request: { starts_at: Time, shift_id:, answers: {} }.
    # exclude: when rescheduling, the booking being moved ({ shift_id:,
    # starts_at:, ends_at: }); it is left out of the booker's bookings and, if
    # it overlaps the requested slot (the SlotEngine counts it there), out of
    # that slot's count, so moving a booking never competes with itself.
    # A missing ends_at means one session, the slot's length.
    #
    # Returns a Result; when ok, value is { slot:, answers: } with the answers
    # normalised for storage (IntakeQuestions#normalize).
    def check(now:, slots:, booker:, request:, exclude: nil)
      raise ArgumentError, "now must be a Time, got #{now.class}" unless now.is_a?(Time)
      starts_at = request[:starts_at]
      unless starts_at.is_a?(Time)
        raise ArgumentError, "request starts_at must be a Time, got #{starts_at.class}"
      end
      shift_id = request[:shift_id]
      answers = request[:answers]

      return failure(:paused, message: paused_message) if paused
      return failure(:trust_level_too_low, level: min_trust_level) unless trusted?(booker)
      if starts_at < now + (min_notice_minutes * 60)
        return failure(:too_soon, minutes: min_notice_minutes)
      end
      if starts_at >= now + (horizon_days * SlotEngine::SECONDS_PER_DAY)
        return failure(:too_far, days: horizon_days)
      end

      slot = slots.find { |candidate| same_slot?(candidate, shift_id, starts_at) }
      return failure(:slot_unknown) if slot.nil?

      own = Array(booker[:active_bookings])
      if exclude
        index = own.index { |booking| same_slot?(booking, exclude[:shift_id], exclude[:starts_at]) }
        own = own.dup.tap { |list| list.delete_at(index) } if index
      end
      # A booker cannot be in two sessions at once, in any shift.
      return failure(:already_booked_this_slot) if own.any? { |booking| overlaps?(booking, slot) }

      # Past bookings still waiting for the volunteer to mark them held are
      # not the booker's fault, so only upcoming ones count towards the limit.
      return failure(:limit_reached, limit: per_user_limit) if limit_reached?(own, booker, now)

      booked = slot.booked
      booked -= 1 if exclude && exclude[:shift_id] == slot.shift_id && overlaps?(exclude, slot)
      return failure(:slot_full) if booked >= slot.capacity

      answer_check = questions.check_answers(answers)
      return answer_check unless answer_check.ok?

      Result.ok(slot: slot, answers: questions.normalize(answers))
    end

    # A booking request (RequestWindows) meets the rules of a booking that
    # do not depend on a slot, in the same order: paused, trust level, the
    # per-user limit, the answers. booker: as for #check. Returns a Result;
    # when ok, value is { answers: } normalised.
    def check_request(now:, booker:, answers:)
      return failure(:paused, message: paused_message) if paused
      return failure(:trust_level_too_low, level: min_trust_level) unless trusted?(booker)
      if limit_reached?(Array(booker[:active_bookings]), booker, now)
        return failure(:limit_reached, limit: per_user_limit)
      end
      answer_check = questions.check_answers(answers)
      return answer_check unless answer_check.ok?
      Result.ok(answers: questions.normalize(answers))
    end

    private

    # Whether the booker is at per_user_limit, if there is one. What counts
    # towards it: the upcoming bookings among own, and the booker's open or
    # taken requests.
    def limit_reached?(own, booker, now)
      return false if per_user_limit.nil?
      own.count { |booking| booking[:starts_at] >= now } + booker.fetch(:active_requests) >=
        per_user_limit
    end

    # Staff pass any trust level, as with Discourse's User#has_trust_level?.
    def trusted?(booker)
      return true if booker[:staff] == true
      trust_level = booker[:trust_level]
      unless trust_level.is_a?(Integer)
        raise ArgumentError, "booker trust_level must be an Integer, got #{trust_level.inspect}"
      end
      trust_level >= min_trust_level
    end

    def same_slot?(item, shift_id, starts_at)
      item_start = item.is_a?(Hash) ? item[:starts_at] : item.starts_at
      item_shift = item.is_a?(Hash) ? item[:shift_id] : item.shift_id
      item_shift == shift_id && item_start.to_i == starts_at.to_i
    end

    # Half-open, as the SlotEngine counts: touching is not overlapping.
    def overlaps?(booking, slot)
      starts_at = booking[:starts_at]
      ends_at = booking[:ends_at] || (starts_at + (slot.ends_at - slot.starts_at))
      starts_at < slot.ends_at && ends_at > slot.starts_at
    end

    def integer(settings, key, default, minimum:)
      value = settings.fetch(key, default)
      unless value.is_a?(Integer) && value >= minimum
        raise ArgumentError, "#{key} must be an Integer >= #{minimum}, got #{value.inspect}"
      end
      value
    end

    def failure(error, **params)
      Result.failure(error, **params)
    end
  end
end
