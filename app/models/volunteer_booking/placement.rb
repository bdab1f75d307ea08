# frozen_string_literal: true

module VolunteerBooking
  # The critical sections of booking and rescheduling, as plain Ruby that
  # CreateBooking and RescheduleBooking call inside their transaction (and
  # the database specs call directly): lock the booking topic's row, read
  # its slots afresh from the database, check the core's BookingRules, then
  # write. Everyone booking in a topic takes its row lock first, so two
  # requests for the last place are served one after the other and the
  # second sees the first's booking (invariant 1, docs/invariants.md).
  module Placement
    # error: the translated refusal, or nil; created: false when the
    # idempotency key found an earlier booking.
    Outcome = Struct.new(:booking, :created, :error) { def ok? = error.nil? }

    # booker: the User booking; answers: the intake answers as sent.
    def self.place(booking_topic, booker:, shift_id:, starts_at:, answers:, idempotency_key:)
      booking_topic.lock!
      earlier = earlier_booking(booking_topic, booker, idempotency_key)
      return earlier if earlier
      return refused(topic_full_message) if topic_full?(booking_topic)

      result =
        BookingCheck.call(
          booking_topic,
          booker: SlotSource.booker(booking_topic, booker),
          request: {
            shift_id: shift_id,
            starts_at: starts_at,
            answers: answers || {},
          },
        )
      return refused(BookingCheck.message(result)) if !result.ok?
      insert(booking_topic, booker, shift_id, starts_at, result.value[:answers], idempotency_key)
    end

    # Moves an active booking to another slot of its topic; a picked-up one
    # only where its volunteer holds no other session. actor: who asks, for
    # the time zone of a refusal.
    def self.move(booking, shift_id:, starts_at:, actor:)
      booking_topic = booking.booking_topic
      booking_topic.lock!
      booking.lock!
      return refused(I18n.t("volunteer_booking.errors.booking_not_active")) if !booking.active?
      if booking.shift_id == shift_id && booking.starts_at == starts_at
        return refused(I18n.t("volunteer_booking.errors.same_time"))
      end

      result =
        BookingCheck.call(
          booking_topic,
          booker: SlotSource.booker(booking_topic, booking.booker, user_id: booking.booker_id),
          request: {
            shift_id: shift_id,
            starts_at: starts_at,
            answers: nil,
          },
          exclude: booking.slot_attributes,
          with_questions: false,
        )
      return refused(BookingCheck.message(result)) if !result.ok?

      starts_at = starts_at.getutc
      ends_at = starts_at + booking_topic.session_minutes.minutes
      busy = holder_busy(booking, starts_at, ends_at, actor)
      return refused(busy) if busy

      booking.update!(
        shift_id: shift_id,
        starts_at: starts_at,
        ends_at: ends_at,
        sequence: booking.sequence + 1,
      )
      Outcome.new(booking, false, nil)
    end

    # A repeated submit (double click, retry) finds the first booking; the
    # same key from another topic is a client bug, refused.
    def self.earlier_booking(booking_topic, booker, idempotency_key)
      earlier = Booking.find_by(booker_id: booker.id, idempotency_key: idempotency_key)
      return if earlier.nil?
      if earlier.booking_topic_id != booking_topic.id
        return refused(I18n.t("volunteer_booking.errors.idempotency_key_reused"))
      end
      Outcome.new(earlier, false, nil)
    end

    # The unique index decides between the same key sent to two topics at
    # once, whose topic locks do not meet: the loser's insert waits for the
    # winner, fails in its savepoint, and finds the winner's booking.
    def self.insert(booking_topic, booker, shift_id, starts_at, answers, idempotency_key)
      starts_at = starts_at.getutc
      booking =
        Booking.transaction(requires_new: true) do
          created =
            Booking.create!(
              booking_topic: booking_topic,
              shift_id: shift_id,
              starts_at: starts_at,
              ends_at: starts_at + booking_topic.session_minutes.minutes,
              booker_id: booker.id,
              status: :pending,
              answers: answers,
              idempotency_key: idempotency_key,
              sequence: 0,
              call_token: booking_topic.call_links_per_booking? ? CallLink.generate_token : nil,
            )
          # {booking} in the template is the id, known only now.
          created.update!(call_link: booking_topic.call_link_for(created)) if created.call_token
          created
        end
      Outcome.new(booking, true, nil)
    rescue ActiveRecord::RecordNotUnique
      earlier_booking(booking_topic, booker, idempotency_key) || raise
    end

    # Counted under the topic's row lock, so the last place goes once; a
    # request's booking (RequestScheduling) counts the same way.
    def self.topic_full?(booking_topic)
      upcoming = Booking.active.where(booking_topic_id: booking_topic.id)
      upcoming.where("ends_at > ?", Time.current).count >= BookingTopic::MAX_UPCOMING_BOOKINGS
    end

    def self.topic_full_message
      I18n.t("volunteer_booking.errors.topic_full", max: BookingTopic::MAX_UPCOMING_BOOKINGS)
    end

    def self.holder_busy(booking, starts_at, ends_at, actor)
      return if !booking.picked_up? || booking.holder_id.nil?
      VolunteerLock.hold(booking.holder_id)
      clash = Booking.clash(booking.holder_id, starts_at, ends_at, except_id: booking.id)
      VolunteerBusy.message(booking.holder, clash, actor) if clash
    end

    def self.refused(message)
      Outcome.new(nil, false, message)
    end

    private_class_method :earlier_booking, :insert, :holder_busy, :refused
  end
end
