# frozen_string_literal: true

module VolunteerBooking
  # A volunteer picks up a pending booking: from the "Pick up" button in
  # chat (ChatInteraction) or from the volunteer page.
  #
  # Only members of the topic's volunteer groups may, and not for their own
  # booking (Policy#can_pick_up?). The winner is decided by one conditional
  # UPDATE (Booking.pick_up), so when several volunteers click at once exactly
  # one gets it (invariant 2 in docs/invariants.md; PickUp); the others are told who has it and
  # nothing changes for them. Nor can a volunteer pick up a booking overlapping a
  # session they already hold, in any topic: they are told which.
  #
  # In "the volunteer's own link" mode the booking meets at the holder's
  # link: the one they send with the pick-up (kept as their link from then
  # on) or the one they saved; a volunteer with neither is asked for it and
  # nothing changes (CallLink.for_pick_up).
  #
  # The winner's side effects run inline after the pick-up, each guarded so
  # that none can undo it (SideEffect): the private message with the booker
  # (opened, or joined after a release), the chat announcement edited to
  # "Picked up by @name" without its button, and the booker's notification.
  class PickUpBooking
    include Service::Base
    include RateLimits
    include PairingSteps
    include BookingSteps

    params(base_class: StrictParams) do
      attribute :booking_id, :integer
      attribute :call_link, :string

      validates :booking_id, presence: true
      validates :call_link, length: { maximum: Limits.length(:call_link) }
    end

    model :booking
    policy :can_pick_up
    limit_per_hour :pick_up
    step :ensure_in_good_standing
    step :ensure_not_apart
    step :choose_call_link

    transaction do
      step :pick_up
      step :keep_call_link
      step :take_call_link
    end

    step :open_private_message
    step :update_announcement
    step :notify_booker
    step :publish_live_update

    private

    def can_pick_up(guardian:, booking:)
      booking_policy(guardian, booking).can_pick_up?(booking.policy_attributes)
    end

    def ensure_not_apart(booking:, guardian:)
      return if !Pairing.apart?(booking.booker_id, guardian.user.id)
      fail!(I18n.t("volunteer_booking.errors.kept_apart"))
    end

    def choose_call_link(booking:, params:, guardian:)
      choice =
        CallLink.for_pick_up(
          booking.booking_topic.meeting_mode,
          given: params.call_link,
          saved: VolunteerProfile.call_link_of(guardian.user.id),
        )
      fail!(I18n.t(choice.i18n_key, **choice.params)) if !choice.ok?
      context[:call_link] = choice.value
    end

    def pick_up(booking:, guardian:)
      refusal = PickUp.call(booking, holder: guardian.user, now: Time.current)
      fail!(refusal) if refusal
    end

    # Only a link sent with this pick-up is new to the profile.
    def keep_call_link(params:, guardian:, call_link:)
      return if call_link.nil? || call_link != params.call_link
      profile = VolunteerProfile.find_or_initialize_by(user_id: guardian.user.id)
      profile.update!(call_link: call_link)
    end

    def take_call_link(booking:)
      booking.take_holders_call_link!
    end

    def open_private_message(booking:, guardian:)
      while_held_by(booking, guardian.user) { PrivateMessage.picked_up(booking) }
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
          display_username: booking.holder,
          topic: booking.private_message_topic,
        )
      end
    end

    def publish_live_update(booking:)
      LiveUpdates.booking_changed(booking, :picked_up)
    end
  end
end
