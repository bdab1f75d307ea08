# frozen_string_literal: true

module VolunteerBooking
  # A volunteer of the topic takes an open request ("Offer a time"), from
  # the chat announcement (ChatInteraction) or the volunteer page. The
  # winner is decided by one conditional UPDATE (BookingRequest.take), so
  # when several volunteers click at once exactly one gets it; the others
  # are told who has it and nothing changes for them. The winner and the
  # requester then talk in a private message (RequestPrivateMessage), and the
  # chat message says who took it.
  class TakeBookingRequest
    include Service::Base
    include RateLimits
    include PairingSteps
    include BookingRequestSteps

    params(base_class: RequestParams)

    model :booking_request
    policy :can_take
    limit_per_hour :pick_up
    step :ensure_in_good_standing
    step :ensure_not_apart
    step :take
    step :open_private_message
    step :update_announcement

    private

    def can_take(guardian:, booking_request:)
      request_policy(guardian, booking_request).can_take?(booking_request.policy_attributes)
    end

    def ensure_not_apart(booking_request:, guardian:)
      return if !Pairing.apart?(booking_request.requester_id, guardian.user.id)
      fail!(I18n.t("volunteer_booking.errors.kept_apart"))
    end

    def take(booking_request:, guardian:)
      won = BookingRequest.take(booking_request.id, taker_id: guardian.user.id, now: Time.current)
      booking_request.reload
      fail!(booking_request.take_refusal) if !won
    end

    def open_private_message(booking_request:)
      RequestPrivateMessage.taken(booking_request)
      booking_request.reload
    end

    def update_announcement(booking_request:)
      RequestAnnouncement.refresh(booking_request)
    end
  end
end
