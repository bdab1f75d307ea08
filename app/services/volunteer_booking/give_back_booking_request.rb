# frozen_string_literal: true

module VolunteerBooking
  # The volunteer who took a request gives it back before setting a time:
  # it is open again, with nobody on it, and announced again in chat (the
  # old message says who gave it back); they leave the private message.
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

    step :follow_up

    private

    def can_give_back(guardian:, booking_request:)
      request_policy(guardian, booking_request).can_give_back?(booking_request.policy_attributes)
    end

    def give_back(booking_request:)
      context[:former_taker] = booking_request.taker
      booking_request.give_back!
    end

    # The taker leaves the private message, and the request is announced again.
    def follow_up(booking_request:, former_taker:)
      RequestPrivateMessage.left(booking_request, from: former_taker)
      RequestAnnouncement.retire(booking_request, given_back_by: former_taker)
      return if !ChatBridge.channel?(booking_request.booking_topic)
      Jobs.enqueue(::Jobs::VolunteerBooking::AnnounceBookingRequest, request_id: booking_request.id)
    end
  end
end
