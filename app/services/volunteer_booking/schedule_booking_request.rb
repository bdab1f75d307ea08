# frozen_string_literal: true

module VolunteerBooking
  # The volunteer who took a request sets its time: inside one of the
  # requested windows, the topic's notice ahead, one session long, and not
  # overlapping a session they hold anywhere (RequestScheduling, under the
  # same VolunteerLock as their pick-ups). That makes a normal booking,
  # already picked up by them, with the request's answers, and closes the
  # request; reminders follow as for any booking.
  class ScheduleBookingRequest
    include Service::Base
    include RateLimits
    include BookingRequestSteps

    params(base_class: RequestParams) do
      attribute :starts_at, :datetime

      validates :starts_at, presence: true
    end

    model :booking_request
    policy :can_schedule
    limit_per_hour :pick_up

    transaction { step :schedule }

    step :schedule_reminders
    step :follow_up

    private

    def can_schedule(guardian:, booking_request:)
      request_policy(guardian, booking_request).can_schedule?(booking_request.policy_attributes)
    end

    def schedule(booking_request:, params:, guardian:)
      outcome =
        RequestScheduling.call(
          booking_request,
          taker: guardian.user,
          starts_at: params.starts_at,
          now: Time.current,
        )
      fail!(outcome.error) if !outcome.ok?
      context[:booking] = outcome.booking
    end

    def schedule_reminders(booking:)
      Reminders.schedule(booking)
    end

    # The booking meets in the request's private message; the requester is
    # notified as when a booking is picked up.
    def follow_up(booking_request:, booking:, guardian:)
      RequestPrivateMessage.scheduled(booking_request, booking)
      RequestAnnouncement.refresh(booking_request)
      SideEffect.safely("notifying the requester of booking #{booking.id}") do
        Notifier.notify(
          booking.booker,
          :picked_up,
          booking: booking.reload,
          display_username: guardian.user,
          topic: booking.private_message_topic,
        )
      end
    end
  end
end
