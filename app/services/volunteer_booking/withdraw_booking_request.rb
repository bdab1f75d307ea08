# frozen_string_literal: true

module VolunteerBooking
  # The requester withdraws their open or taken request at any time
  # (BookingRequest.withdraw, under its row lock, so a take racing it either
  # comes first, and its taker is told, or finds it closed).
  class WithdrawBookingRequest
    include Service::Base
    include RateLimits
    include BookingRequestSteps

    params(base_class: RequestParams)

    model :booking_request
    policy :can_withdraw
    limit_per_hour :cancel
    step :withdraw
    step :follow_up

    private

    def can_withdraw(guardian:, booking_request:)
      request_policy(guardian, booking_request).can_withdraw?(booking_request.policy_attributes)
    end

    def withdraw(booking_request:)
      withdrawn = BookingRequest.withdraw(booking_request.id, now: Time.current)
      fail!(request_closed) if withdrawn.nil?
      context[:booking_request] = withdrawn
    end

    # The taker, if any, reads it in their private message with the requester.
    def follow_up(booking_request:)
      RequestPrivateMessage.withdrawn(booking_request)
      RequestAnnouncement.refresh(booking_request)
    end
  end
end
