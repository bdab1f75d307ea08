# frozen_string_literal: true

module VolunteerBooking
  # Moves an active booking to another open slot of its topic, in one step:
  # the booker their own until its session starts, an organiser any at any
  # time (Policy#can_reschedule?). Placement.move applies the same lock and
  # rules as booking, with the booking itself left out of the counts so it
  # never competes with itself, and keeps a picked-up booking where its
  # volunteer is free. Status and holder stay; SEQUENCE grows; the
  # reminders move.
  # The intake answers given when booking are kept as they are. The chat
  # announcement shows the new time; the private message gets a note.
  class RescheduleBooking
    include Service::Base
    include RateLimits
    include BookingSteps

    params(base_class: StrictParams) do
      attribute :booking_id, :integer
      attribute :shift_id, :integer
      attribute :starts_at, :datetime

      validates :booking_id, presence: true
      validates :shift_id, presence: true
      validates :starts_at, presence: true
    end

    model :booking
    policy :can_reschedule
    limit_per_hour :reschedule
    step :ensure_in_time

    transaction { step :move }

    step :move_reminders
    step :update_announcement
    step :update_private_message
    step :publish_live_update

    private

    def can_reschedule(guardian:, booking:)
      policy = booking_policy(guardian, booking)
      policy.can_reschedule?(before_start(policy, booking))
    end

    # Only the clock can refuse here, as the policy step settled who. It is
    # read before Placement.move's locks (topic first, then booking), which
    # is enough: a booking only ever moves to a slot still ahead.
    def ensure_in_time(guardian:, booking:)
      return if booking_policy(guardian, booking).can_reschedule?(booking.policy_attributes)
      fail!(I18n.t("volunteer_booking.errors.booking_started_for_booker"))
    end

    def move(booking:, params:, guardian:)
      outcome =
        Placement.move(
          booking,
          shift_id: params.shift_id,
          starts_at: params.starts_at,
          actor: guardian.user,
        )
      fail!(outcome.error) if !outcome.ok?
    end

    def move_reminders(booking:)
      Reminders.reschedule(booking)
    end

    def update_announcement(booking:)
      Announcement.refresh(booking)
    end

    def update_private_message(booking:)
      PrivateMessage.rescheduled(booking)
    end

    def publish_live_update(booking:)
      LiveUpdates.booking_changed(booking, :rescheduled)
    end
  end
end
