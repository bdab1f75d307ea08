# frozen_string_literal: true

module VolunteerBooking
  # The volunteer who picked a booking up (or an organiser) gives it back
  # before it starts: it is pending again, with nobody on it, and announced
  # again in chat (the old announcement says who gave it back and loses its
  # button; a new one with a "Pick up" button is posted by the announce
  # job). The former volunteer leaves the private message, which keeps the
  # booker and gets a note; the next volunteer will be added to it.
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
      step :ensure_claimed
      step :ensure_not_started
      step :ensure_still_allowed
      step :release
    end

    step :update_private_message
    step :announce_again

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
      context[:former_picker] = booking.picker
      booking.update!(status: :pending, picker_id: nil, claimed_at: nil)
    end

    def update_private_message(booking:, former_picker:)
      PrivateConversation.released(booking, from: former_picker)
    end

    def announce_again(booking:, guardian:)
      Announcement.retire(booking, released_by: guardian.user)
      return if !Announcement.enabled_for?(booking.booking_topic)
      Jobs.enqueue(::Jobs::VolunteerBooking::AnnounceBooking, booking_id: booking.id)
    end
  end
end
