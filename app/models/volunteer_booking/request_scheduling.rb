# frozen_string_literal: true

module VolunteerBooking
  # The critical section of setting a request's time, as plain Ruby that
  # ScheduleBookingRequest calls inside its transaction (and the database
  # specs call directly). Locks in the order VolunteerLock gives: the
  # booking topic's row (its count of upcoming bookings, as Placement
  # takes it), the request's row, then the taker, so a withdraw racing it
  # comes wholly before or after, and the taker's own pick-ups and
  # schedules take turns and see each other's sessions. Then it makes a
  # normal booking the taker has already picked up, and closes the request.
  module RequestScheduling
    # error: the translated refusal, or nil.
    Outcome = Struct.new(:booking, :error) { def ok? = error.nil? }

    def self.call(request, taker:, starts_at:, now:)
      booking_topic = request.booking_topic
      booking_topic.lock!
      request.lock!
      return refused("volunteer_booking.errors.request_closed") if !request.taken_by?(taker.id)
      refusal = time_refusal(request, starts_at, now)
      return Outcome.new(nil, refusal) if refusal

      VolunteerLock.hold(taker.id)
      ends_at = starts_at + booking_topic.session_minutes.minutes
      if Booking.clash(taker.id, starts_at, ends_at)
        return refused("volunteer_booking.errors.request_time_overlaps")
      end
      if Booking.holds_most?(taker.id, now)
        return Outcome.new(nil, Booking.holds_most_message(taker))
      end
      return Outcome.new(nil, Placement.topic_full_message) if Placement.topic_full?(booking_topic)

      booking = insert(request, taker, starts_at.getutc, ends_at.getutc, now)
      request.schedule!(booking, now: now)
      Outcome.new(booking, nil)
    end

    # Whole minutes, inside a window, and the topic's notice ahead.
    def self.time_refusal(request, starts_at, now)
      if starts_at.sec != 0 || starts_at.subsec != 0
        I18n.t("volunteer_booking.errors.request_time_not_whole_minutes")
      elsif !request.fits?(starts_at)
        I18n.t("volunteer_booking.errors.request_time_outside_windows")
      elsif starts_at < now + request.booking_topic.min_notice_minutes.minutes
        I18n.t(
          "volunteer_booking.errors.request_time_too_soon",
          minutes: request.booking_topic.min_notice_minutes,
        )
      end
    end

    # As Placement inserts a booking, already picked up: no shift, as no
    # slot was booked; the answers given with the request.
    def self.insert(request, taker, starts_at, ends_at, now)
      booking_topic = request.booking_topic
      booking =
        Booking.create!(
          booking_topic: booking_topic,
          shift_id: nil,
          starts_at: starts_at,
          ends_at: ends_at,
          booker_id: request.requester_id,
          status: :picked_up,
          holder_id: taker.id,
          picked_up_at: now,
          answers: request.answers,
          sequence: 0,
          call_token: booking_topic.call_links_per_booking? ? CallLink.generate_token : nil,
        )
      booking.update!(call_link: booking_topic.call_link_for(booking)) if booking.call_token
      booking.take_holders_call_link!
      booking
    end

    def self.refused(key)
      Outcome.new(nil, I18n.t(key))
    end

    private_class_method :time_refusal, :insert, :refused
  end
end
