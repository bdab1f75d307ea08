# frozen_string_literal: true

module VolunteerBooking
  # Cancels a booking: the booker their own until its session starts, an
  # organiser any at any time (Policy#can_cancel?). The record stays
  # (invariant 6) with who cancelled, when and why, and its SEQUENCE grows
  # so calendars that imported the .ics update the event. Its scheduled
  # reminders are cancelled (and would do nothing anyway), its chat
  # announcement says "Cancelled" without a button, and the private message,
  # if it was picked up, gets a note.
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

    step :cancel_reminders
    step :update_announcement
    step :update_private_message

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
      booking.cancel!(by_id: guardian.user.id, reason: params.reason.presence, now: Time.current)
    end

    def cancel_reminders(booking:)
      Reminders.cancel(booking)
    end

    def update_announcement(booking:)
      Announcement.refresh(booking)
    end

    def update_private_message(booking:)
      PrivateConversation.cancelled(booking)
    end
  end
end
