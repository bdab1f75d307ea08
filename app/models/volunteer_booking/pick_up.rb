# frozen_string_literal: true

module VolunteerBooking
  # The critical section of picking a booking up, as plain Ruby that
  # PickUpBooking calls inside its transaction (and the database specs call
  # directly): the claim, then for a volunteer who did not get it, why, read
  # under the same locks, so the reason given is the one that stopped them.
  module PickUp
    # nil when picker now holds the booking, else the translated refusal.
    def self.call(booking, picker:, now:)
      Booking.transaction do
        won = Booking.claim(booking.id, picker_id: picker.id, now: now)
        booking.reload
        refusal(booking, picker, now) if !won
      end
    end

    def self.refusal(booking, picker, now)
      if booking.picker_id && booking.outcome_can_be_marked?
        I18n.t(
          "volunteer_booking.errors.already_picked_up",
          username: booking.picker&.username || I18n.t("volunteer_booking.deleted_user"),
        )
      elsif !booking.active?
        I18n.t("volunteer_booking.errors.booking_not_active")
      elsif booking.starts_at <= now
        I18n.t("volunteer_booking.errors.booking_started")
      elsif Booking.holds_most?(picker.id, now)
        Booking.holds_most_message(picker)
      else
        clash = Booking.clash(picker.id, booking.starts_at, booking.ends_at, except_id: booking.id)
        VolunteerBusy.message(picker, clash, picker)
      end
    end

    private_class_method :refusal
  end
end
