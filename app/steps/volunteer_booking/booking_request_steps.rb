# frozen_string_literal: true

module VolunteerBooking
  # Steps shared by the services that act on one booking request: the
  # request in params if the user may see it at all (else it is "not
  # found", so ids reveal nothing), the viewer's RequestPolicy for it, and
  # its row lock.
  module BookingRequestSteps
    private

    def fetch_booking_request(params:, guardian:)
      booking_request =
        BookingRequest.includes(:requester, :taker, booking_topic: :topic).find_by(
          id: params.request_id,
        )
      topic = booking_request&.topic
      return if topic.nil? || !guardian.can_see?(topic)
      policy = request_policy(guardian, booking_request)
      booking_request if policy.can_see?(booking_request.policy_attributes)
    end

    def request_policy(guardian, booking_request)
      RequestPolicy.new(PolicyFactory.for(guardian, booking_request.booking_topic))
    end

    def lock_booking_request(booking_request:)
      booking_request.lock!
    end

    # Read under the row lock: a request withdrawn, expired or scheduled
    # meanwhile is closed to every action.
    def ensure_request_active(booking_request:)
      fail!(request_closed) if !booking_request.active?
    end

    def ensure_taken_by_user(booking_request:, guardian:)
      fail!(request_closed) if !booking_request.taken_by?(guardian.user.id)
    end

    def request_closed
      I18n.t("volunteer_booking.errors.request_closed")
    end
  end
end
