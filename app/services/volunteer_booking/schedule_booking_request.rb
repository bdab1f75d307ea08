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
  end
end
