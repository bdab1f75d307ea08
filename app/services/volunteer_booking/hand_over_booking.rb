# frozen_string_literal: true

module VolunteerBooking
  # The volunteer holding a booking (or an organiser) gives it to another
  # volunteer of the topic before it starts. The new volunteer must be one
  # who could pick it up themselves (Policy#can_pick_up? asked for them),
  # joins the private message (the former one leaves it), is notified, and
  # the chat announcement says "Picked up by @new". Nobody is handed a
  # booking overlapping a session they already hold, in any topic; that is
  # decided under their VolunteerLock, as their own pick-ups are. In "the
  # volunteer's own link" mode the booking then meets at the new
  # volunteer's link (none if they keep none), and the booker is told.
  class HandOverBooking
    include Service::Base
    include RateLimits
    include BookingSteps

    params(base_class: StrictParams) do
      attribute :booking_id, :integer
      attribute :username, :string

      validates :booking_id, presence: true
      validates :username, presence: true, length: { maximum: Limits.length(:hand_over_username) }
    end

    model :booking
    policy :can_hand_over
    limit_per_hour :hand_over
    step :find_new_holder
    step :check_new_holder

    transaction do
      step :lock_booking
      step :ensure_picked_up
      step :ensure_not_started
      step :ensure_still_allowed
      step :ensure_someone_else
      step :lock_new_holder
      step :ensure_new_holder_can_hold_more
      step :ensure_new_holder_free
      step :hand_over
    end

    step :update_private_message
    step :tell_booker_of_call_link
    step :update_announcement
    step :notify_new_holder
    step :publish_live_update

    private

    def can_hand_over(guardian:, booking:)
      booking_policy(guardian, booking).can_hand_over?(booking.policy_attributes)
    end

    def ensure_still_allowed(guardian:, booking:)
      fail!(changed_hands) if !can_hand_over(guardian:, booking:)
    end

    def find_new_holder(params:)
      user = ::User.find_by_username(params.username.delete_prefix("@"))
      if user.nil? || user.bot? || user.staged?
        fail!(I18n.t("volunteer_booking.errors.user_unknown", username: params.username))
      end
      context[:new_holder] = user
    end

    def check_new_holder(booking:, new_holder:)
      policy = PolicyFactory.for_user(new_holder, booking.booking_topic)
      if !policy.can_pick_up?(booking.policy_attributes)
        fail!(I18n.t("volunteer_booking.errors.cannot_hand_over_to", username: new_holder.username))
      elsif Pairing.restricted?(new_holder) || Pairing.apart?(booking.booker_id, new_holder.id)
        fail!(I18n.t("volunteer_booking.errors.cannot_pair_with", username: new_holder.username))
      end
    end

    def ensure_someone_else(booking:, new_holder:)
      return if booking.holder_id != new_holder.id
      fail!(I18n.t("volunteer_booking.errors.already_holds_it", username: new_holder.username))
    end

    # After the booking's row, once it is known to be picked up:
    # VolunteerLock's lock order.
    def lock_new_holder(new_holder:)
      VolunteerLock.hold(new_holder.id)
    end

    def ensure_new_holder_can_hold_more(new_holder:)
      return if !Booking.holds_most?(new_holder.id, Time.current)
      fail!(Booking.holds_most_message(new_holder))
    end

    def ensure_new_holder_free(booking:, new_holder:, guardian:)
      clash =
        Booking.clash(new_holder.id, booking.starts_at, booking.ends_at, except_id: booking.id)
      fail!(VolunteerBusy.message(new_holder, clash, guardian.user)) if clash
    end

    def hand_over(booking:, new_holder:)
      context[:former_holder] = booking.holder
      GiveBack.record!(booking, :handed_over)
      booking.update!(holder: new_holder, picked_up_at: Time.current)
      context[:call_link_changed] = booking.take_holders_call_link!
    end

    def update_private_message(booking:, former_holder:, new_holder:, guardian:)
      while_held_by(booking, new_holder) do
        PrivateMessage.handed_over(booking, from: former_holder, by: guardian.user)
      end
      booking.reload
    end

    def tell_booker_of_call_link(booking:, call_link_changed:, new_holder:)
      while_held_by(booking, new_holder) { MeetingPlace.tell_booker(booking) } if call_link_changed
    end

    def update_announcement(booking:)
      Announcement.refresh(booking)
    end

    def notify_new_holder(booking:, new_holder:, guardian:)
      while_held_by(booking, new_holder) do
        Notifier.notify(
          new_holder,
          :handed_over,
          booking: booking,
          display_username: guardian.user,
          topic: booking.private_message_topic,
        )
      end
    end

    def publish_live_update(booking:)
      LiveUpdates.booking_changed(booking, :handed_over)
    end
  end
end
