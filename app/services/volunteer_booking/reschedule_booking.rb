# frozen_string_literal: true

module VolunteerBooking
  # Moves an active booking to another open slot of its topic, in one step:
  # the booker their own, an organiser any. The same lock and rules as
  # booking apply, for the booker (not for an organiser doing it for them),
  # with the booking itself left out of the counts so it never competes
  # with itself. Status and picker stay; SEQUENCE grows; the reminders move.
  # The intake answers given when booking are kept as they are. The chat
  # announcement shows the new time; the private message gets a note.
  class RescheduleBooking
    include Service::Base
    include BookingSteps

    params do
      attribute :booking_id, :integer
      attribute :shift_id, :integer
      attribute :starts_at, :datetime

      validates :booking_id, presence: true
      validates :shift_id, presence: true
      validates :starts_at, presence: true
    end

    model :booking
    policy :can_reschedule

    transaction do
      step :lock_booking_topic
      step :lock_booking
      step :ensure_active
      step :check_rules
      step :move
    end

    step :move_reminders
    step :update_announcement
    step :update_private_message

    private

    def can_reschedule(guardian:, booking:)
      booking_policy(guardian, booking).can_reschedule?(booking.policy_attributes)
    end

    # The topic first, as CreateBooking does, so the two serialise.
    def lock_booking_topic(booking:)
      booking.booking_topic.lock!
    end

    def check_rules(booking:, params:)
      booking_topic = booking.booking_topic
      result =
        BookingCheck.call(
          booking_topic,
          booker: SlotSource.booker(booking_topic, booking.booker, user_id: booking.booker_id),
          request: {
            shift_id: params.shift_id,
            starts_at: params.starts_at,
            answers: nil,
          },
          exclude: booking.slot_attributes,
          with_questions: false,
        )
      fail!(BookingCheck.message(result)) if !result.ok?
    end

    def move(booking:, params:)
      starts_at = params.starts_at.getutc
      booking.update!(
        shift_id: params.shift_id,
        starts_at: starts_at,
        ends_at: starts_at + booking.booking_topic.session_minutes.minutes,
        sequence: booking.sequence + 1,
      )
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
