# frozen_string_literal: true

module VolunteerBooking
  # The booker opts out from a follow-up message: no more follow-ups from
  # this topic, for this booking or any later one (FollowUps reads the
  # mark on any of their bookings in the topic). Opting out again changes
  # nothing.
  class StopFollowUps
    include Service::Base
    include RateLimits
    include BookingSteps

    params(base_class: StrictParams) do
      attribute :booking_id, :integer

      validates :booking_id, presence: true
    end

    model :booking
    policy :can_give_feedback
    limit_per_hour :feedback

    transaction do
      step :lock_booking
      step :stop
    end

    private

    def can_give_feedback(guardian:, booking:)
      booking_policy(guardian, booking).can_give_feedback?(booking.policy_attributes)
    end

    def stop(booking:)
      booking.update!(follow_ups_stopped_at: Time.current) if booking.follow_ups_stopped_at.nil?
    end
  end
end
