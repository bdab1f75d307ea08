# frozen_string_literal: true

module VolunteerBooking
  # The volunteer who took a request gives it back before setting a time:
  # it is open again, with nobody on it.
  class GiveBackBookingRequest
    include Service::Base
    include RateLimits
    include BookingRequestSteps

    params(base_class: RequestParams)

    model :booking_request
    policy :can_give_back
    limit_per_hour :release

    transaction do
      step :lock_booking_request
      step :ensure_taken_by_user
      step :give_back
    end

    private

    def can_give_back(guardian:, booking_request:)
      request_policy(guardian, booking_request).can_give_back?(booking_request.policy_attributes)
    end

    def give_back(booking_request:)
      booking_request.give_back!
    end
  end
end
