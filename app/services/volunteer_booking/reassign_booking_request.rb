# frozen_string_literal: true

module VolunteerBooking
  # An organiser gives an open or taken request to a volunteer of the
  # topic, who could have taken it themselves (RequestPolicy#can_take?
  # asked for them).
  class ReassignBookingRequest
    include Service::Base
    include RateLimits
    include BookingRequestSteps

    params(base_class: RequestParams) do
      attribute :user_id, :integer

      validates :user_id, presence: true
    end

    model :booking_request
    policy :can_reassign
    limit_per_hour :hand_over
    model :new_taker
    step :check_new_taker

    transaction do
      step :lock_booking_request
      step :ensure_request_active
      step :ensure_someone_else
      step :reassign
    end

    step :follow_up

    private

    def can_reassign(guardian:, booking_request:)
      request_policy(guardian, booking_request).can_reassign?(booking_request.policy_attributes)
    end

    # Looked up once the policy let an organiser ask: only they learn
    # whether a user id exists.
    def fetch_new_taker(params:)
      user = ::User.find_by(id: params.user_id)
      user if user && !user.bot? && !user.staged?
    end

    def check_new_taker(booking_request:, new_taker:)
      policy = RequestPolicy.new(PolicyFactory.for_user(new_taker, booking_request.booking_topic))
      if !policy.can_take?(booking_request.policy_attributes)
        fail!(I18n.t("volunteer_booking.errors.cannot_hand_over_to", username: new_taker.username))
      elsif Pairing.restricted?(new_taker) ||
            Pairing.apart?(booking_request.requester_id, new_taker.id)
        fail!(I18n.t("volunteer_booking.errors.cannot_pair_with", username: new_taker.username))
      end
    end

    def ensure_someone_else(booking_request:, new_taker:)
      return if booking_request.taker_id != new_taker.id
      fail!(I18n.t("volunteer_booking.errors.already_holds_it", username: new_taker.username))
    end

    def reassign(booking_request:, new_taker:)
      context[:former_taker] = booking_request.taker
      booking_request.reassign!(taker_id: new_taker.id, now: Time.current)
    end

    # The former taker leaves their private message; the new one starts afresh.
    def follow_up(booking_request:, former_taker:)
      RequestPrivateMessage.left(booking_request, from: former_taker) if former_taker
      booking_request.reload
      RequestPrivateMessage.taken(booking_request)
      RequestAnnouncement.refresh(booking_request.reload)
    end
  end
end
