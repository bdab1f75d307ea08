# frozen_string_literal: true

module VolunteerBooking
  # Cancels a booking: the booker their own until its session starts, an
  # organiser any at any time (Policy#can_cancel?). The record stays
  # (invariant 6, docs/invariants.md) with who cancelled, when and why, and its SEQUENCE grows
  # so calendars that imported the .ics update the event. What follows is
  # every cancellation's (Cancellation): reminders cancelled, the chat
  # announcement saying "Cancelled" without a button, a note in the private
  # message, and the other person on the booking notified.
  class CancelBooking
    include Service::Base
    include RateLimits
    include BookingSteps

    params(base_class: StrictParams) do
      attribute :booking_id, :integer
      attribute :reason, :string

      validates :booking_id, presence: true
      validates :reason, length: { maximum: Booking::CANCEL_REASON_MAX_LENGTH }
    end

    model :booking
    policy :can_cancel
    limit_per_hour :cancel

    transaction do
      step :lock_booking
      step :ensure_active
      step :ensure_in_time
      step :cancel
    end

    step :follow_up

    private

    def can_cancel(guardian:, booking:)
      policy = booking_policy(guardian, booking)
      policy.can_cancel?(before_start(policy, booking))
    end

    # Asked again on the locked row, with the real start: only the clock can
    # refuse here, as the policy step settled who.
    def ensure_in_time(guardian:, booking:)
      return if booking_policy(guardian, booking).can_cancel?(booking.policy_attributes)
      fail!(I18n.t("volunteer_booking.errors.booking_started_for_booker"))
    end

    def cancel(booking:, params:, guardian:)
      Cancellation.cancel!(booking, by_id: guardian.user.id, reason: params.reason.presence)
    end

    def follow_up(booking:)
      Cancellation.follow_up(booking)
    end
  end
end
