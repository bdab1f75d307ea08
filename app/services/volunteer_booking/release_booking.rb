# frozen_string_literal: true

module VolunteerBooking
  # The volunteer who picked a booking up (or an organiser) gives it back
  # before it starts: it is pending again, with nobody on it, and followed
  # up as every release is (Release): announced again in chat (the old
  # announcement says who gave it back and loses its button), and the
  # former volunteer leaves the private message, which keeps the booker
  # and gets a note; the next volunteer starts a fresh one.
  class ReleaseBooking
    include Service::Base
    include RateLimits
    include BookingSteps

    RELEASES_OF_ONE_BOOKING_PER_DAY = 2

    params(base_class: StrictParams) do
      attribute :booking_id, :integer

      validates :booking_id, presence: true
    end

    model :booking
    policy :can_release
    limit_per_hour :release
    step :limit_releases_of_booking

    transaction do
      step :lock_booking
      step :ensure_picked_up
      step :ensure_not_started
      step :ensure_still_allowed
      step :release
    end

    step :follow_up

    private

    def can_release(guardian:, booking:)
      booking_policy(guardian, booking).can_release?(booking.policy_attributes)
    end

    # Each pick-up shows the booking's answers, so giving one booking back
    # and taking it again must not become a way to read them all.
    def limit_releases_of_booking(guardian:, booking:)
      RateLimiter.new(
        guardian.user,
        "volunteer-booking-release-#{booking.id}",
        RELEASES_OF_ONE_BOOKING_PER_DAY,
        1.day,
      ).performed!
    end

    def ensure_still_allowed(guardian:, booking:)
      fail!(changed_hands) if !can_release(guardian:, booking:)
    end

    def release(booking:)
      context[:former_holder] = booking.holder
      Release.release!(booking)
    end

    def follow_up(booking:, former_holder:, guardian:)
      Release.follow_up(booking, from: former_holder, by: guardian.user)
    end
  end
end
