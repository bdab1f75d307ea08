# frozen_string_literal: true

module VolunteerBooking
  # Moves an active booking to another open slot of its topic, in one step:
  # the booker their own, an organiser any. Placement.move applies the same
  # lock and rules as booking, with the booking itself left out of the
  # counts so it never competes with itself, and keeps a picked-up booking
  # where its volunteer is free. Status and picker stay; SEQUENCE grows; the
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

    transaction { step :move }

    step :move_reminders
    step :update_announcement
    step :update_private_message

    private

    def can_reschedule(guardian:, booking:)
      booking_policy(guardian, booking).can_reschedule?(booking.policy_attributes)
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
      PrivateConversation.rescheduled(booking)
    end
  end
end
