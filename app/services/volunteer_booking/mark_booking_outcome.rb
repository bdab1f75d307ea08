# frozen_string_literal: true

module VolunteerBooking
  # After its start, the volunteer holding a booking or an organiser marks
  # it held or no-show, with an optional note; it can be marked again to
  # correct it. Ended bookings nobody has marked show up in the organisers'
  # list (ListTopicBookings, needs_outcome).
  class MarkBookingOutcome
    include Service::Base
    include RateLimits
    include BookingSteps

    params(base_class: StrictParams) do
      attribute :booking_id, :integer
      attribute :outcome, :string
      attribute :note, :string

      validates :booking_id, presence: true
      validates :outcome, inclusion: { in: Booking::OUTCOMES }
      validates :note, length: { maximum: Booking::OUTCOME_NOTE_MAX_LENGTH }
    end

    model :booking
    policy :can_mark_outcome
    limit_per_hour :outcome

    transaction do
      step :lock_booking
      step :ensure_started
      step :ensure_picked_up
      step :ensure_still_allowed
      step :mark
    end

    step :publish_live_update

    private

    # Who may: asked of the Policy as if the session had started, so that
    # someone allowed who is merely early is told so (ensure_started)
    # rather than refused.
    def can_mark_outcome(guardian:, booking:)
      policy = booking_policy(guardian, booking)
      policy.can_mark_outcome?(booking.policy_attributes.merge(starts_at: policy.now))
    end

    def ensure_still_allowed(guardian:, booking:)
      fail!(changed_hands) if !can_mark_outcome(guardian:, booking:)
    end

    def ensure_started(booking:)
      return if booking.starts_at <= Time.current
      fail!(I18n.t("volunteer_booking.errors.outcome_too_early"))
    end

    def ensure_picked_up(booking:)
      return if booking.holder_id && booking.outcome_can_be_marked?
      fail!(I18n.t("volunteer_booking.errors.outcome_not_possible"))
    end

    def mark(booking:, params:, guardian:)
      booking.update!(
        status: params.outcome,
        outcome_note: params.note.presence,
        outcome_marked_by_id: guardian.user.id,
        outcome_marked_at: Time.current,
      )
    end

    def publish_live_update(booking:)
      LiveUpdates.booking_changed(booking, :outcome)
    end
  end
end
