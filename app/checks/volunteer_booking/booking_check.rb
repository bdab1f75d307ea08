# frozen_string_literal: true

module VolunteerBooking
  # Runs the core's BookingRules for one request against slots read from the
  # database at this moment. Call it while holding the booking topic's row
  # lock: everything another request committed before the lock was granted
  # is then counted, and nobody can add a booking until this transaction
  # ends. Shared by CreateBooking and RescheduleBooking.
  module BookingCheck
    # Returns a BookingRules::Result (value: { slot:, answers: } when ok).
    def self.call(booking_topic, booker:, request:, exclude: nil, with_questions: true)
      now = Time.current
      # The query cache must not answer for reads made before the lock.
      ActiveRecord::Base.uncached do
        booking_topic.booking_rules(with_questions: with_questions).check(
          now: now,
          slots: SlotSource.slots(booking_topic, now: now),
          booker: booker,
          request: request,
          exclude: exclude,
        )
      end
    end

    # The translated sentence for a refusal.
    def self.message(result)
      I18n.t(result.i18n_key, **result.params)
    end
  end
end
