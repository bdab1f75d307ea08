# frozen_string_literal: true

module VolunteerBooking
  # Steps shared by the services that act on one existing booking: the
  # booking in params, if the user can see its topic (else it is "not
  # found", so ids of hidden topics' bookings reveal nothing), and the
  # viewer's Policy for it.
  module BookingSteps
    private

    def fetch_booking(params:, guardian:)
      booking = Booking.includes(booking_topic: :topic).find_by(id: params.booking_id)
      topic = booking&.topic
      booking if topic && guardian.can_see?(topic)
    end

    def booking_policy(guardian, booking)
      PolicyFactory.for(guardian, booking.booking_topic)
    end

    def lock_booking(booking:)
      booking.lock!
    end

    # The policy step read the booking before its row was locked; it may
    # have changed hands since (a hand-over, a release, a pick-up), so each
    # service's ensure_still_allowed asks its policy again on the locked row
    # and refuses with this. (fail! names the step after its caller, so the
    # step itself calls it.)
    def changed_hands
      I18n.t("volunteer_booking.errors.booking_changed")
    end

    # Runs the block under the booking's row lock, and only while user still
    # holds it: a cancel or release committed since the service's own
    # transaction leaves no private message or notice behind, and one coming
    # later waits for the block, then finds the private message to write in.
    def while_held_by(booking, user)
      SideEffect.safely("checking who holds booking #{booking.id}") do
        Booking.transaction do
          booking.lock!
          yield if booking.picked_up? && booking.holder_id == user.id
        end
      end
    end

    # Only pending and picked up bookings can change; the state is read under
    # the row lock.
    def ensure_active(booking:)
      fail!(I18n.t("volunteer_booking.errors.booking_not_active")) if !booking.active?
    end

    # Releasing and handing over need a booking someone holds, before it
    # starts (read under the row lock).
    def ensure_picked_up(booking:)
      fail!(I18n.t("volunteer_booking.errors.booking_not_picked_up")) if !booking.picked_up?
    end

    def ensure_not_started(booking:)
      fail!(I18n.t("volunteer_booking.errors.booking_started")) if booking.starts_at <= Time.current
    end

    # The booking's Policy attributes as if its session were still ahead:
    # for policy steps that ask "who" only, so that someone allowed who is
    # merely late is told why by a later step rather than refused outright.
    def before_start(policy, booking)
      booking.policy_attributes.merge(starts_at: policy.now + 1)
    end
  end
end
