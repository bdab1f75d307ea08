# frozen_string_literal: true

module VolunteerBooking
  # A volunteer picks up a pending booking: from the "Pick up" button in
  # chat (ChatInteraction) or from the volunteer page.
  #
  # Only members of the topic's volunteer groups may, and not for their own
  # booking (Policy#can_pick_up?). The winner is decided by one conditional
  # UPDATE (Booking.claim), so when several volunteers click at once exactly
  # one gets it (invariant 2; PickUp); the others are told who has it and
  # nothing changes for them. Nor can a volunteer pick up a booking overlapping a
  # session they already hold, in any topic: they are told which.
  #
  # The winner's side effects run inline after the claim, each guarded so
  # that none can undo it (SideEffect): the private message with the booker
  # (opened, or joined after a release), the chat announcement edited to
  # "Picked up by @name" without its button, and the booker's notification.
  class PickUpBooking
    include Service::Base
    include RateLimits
    include BookingSteps

    params(base_class: StrictParams) do
      attribute :booking_id, :integer

      validates :booking_id, presence: true
    end

    model :booking
    policy :can_pick_up
    limit_per_hour :pick_up
    step :ensure_in_good_standing
    step :ensure_not_apart
    transaction { step :claim }
    step :open_private_message
    step :update_announcement
    step :notify_booker
    step :publish_live_update

    private

    def can_pick_up(guardian:, booking:)
      booking_policy(guardian, booking).can_pick_up?(booking.policy_attributes)
    end

    def ensure_in_good_standing(guardian:)
      if Pairing.restricted?(guardian.user)
        fail!(I18n.t("volunteer_booking.errors.account_restricted"))
      end
    end

    def ensure_not_apart(booking:, guardian:)
      return if !Pairing.apart?(booking.booker_id, guardian.user.id)
      fail!(I18n.t("volunteer_booking.errors.kept_apart"))
    end

    def claim(booking:, guardian:)
      refusal = PickUp.call(booking, picker: guardian.user, now: Time.current)
      fail!(refusal) if refusal
    end

    def open_private_message(booking:, guardian:)
      while_held_by(booking, guardian.user) { PrivateConversation.picked_up(booking) }
      booking.reload
    end

    def update_announcement(booking:)
      Announcement.refresh(booking)
    end

    def notify_booker(booking:, guardian:)
      while_held_by(booking, guardian.user) do
        Notifier.notify(
          booking.booker,
          :picked_up,
          booking: booking,
          display_username: booking.picker,
          topic: booking.private_message_topic,
        )
      end
    end

    def publish_live_update(booking:)
      LiveUpdates.booking_changed(booking, :picked_up)
    end
  end
end
