# frozen_string_literal: true

module VolunteerBooking
  # The critical section of picking a booking up, as plain Ruby that
  # PickUpBooking calls inside its transaction (and the database specs call
  # directly): the pick-up, then for a volunteer who did not get it, why, read
  # under the same locks, so the reason given is the one that stopped them.
  module PickUp
    # nil when holder now holds the booking, else the translated refusal.
    def self.call(booking, holder:, now:)
      Booking.transaction do
        won = Booking.pick_up(booking.id, holder_id: holder.id, now: now)
        booking.reload
        refusal(booking, holder, now) if !won
      end
    end

    def self.refusal(booking, holder, now)
      if booking.holder_id && booking.outcome_can_be_marked?
        I18n.t(
          "volunteer_booking.errors.already_picked_up",
          username: booking.holder&.username || I18n.t("volunteer_booking.deleted_user"),
        )
      elsif !booking.active?
        I18n.t("volunteer_booking.errors.booking_not_active")
      elsif booking.starts_at <= now
        I18n.t("volunteer_booking.errors.booking_started")
      elsif Booking.holds_most?(holder.id, now)
        Booking.holds_most_message(holder)
      else
        clash = Booking.clash(holder.id, booking.starts_at, booking.ends_at, except_id: booking.id)
        VolunteerBusy.message(holder, clash, holder)
      end
    end

    private_class_method :refusal
  end
end
