# frozen_string_literal: true

module VolunteerBooking
  # The one home of a cancellation, whoever or whatever makes it: the
  # booker, an organiser (CancelBooking), expiry (Escalation), a booker's
  # account deleted or anonymised (AccountCleanUp). The state change runs in
  # the caller's transaction on the locked row; what follows runs once that
  # has committed, the same for every path: the reminders are cancelled,
  # the chat announcement says so, the private message is told, and the
  # people on the booking who did not cancel it are notified (Lifecycle),
  # and open pages reload (LiveUpdates).
  module Cancellation
    # Call it holding the row lock, having seen the booking active.
    def self.cancel!(booking, by_id:, reason:, now: Time.current)
      booking.cancel!(by_id: by_id, reason: reason, now: now)
    end

    # gone_ids: accounts being deleted or anonymised, told nothing.
    def self.follow_up(booking, gone_ids: [])
      SideEffect.safely("cancelling the reminders of booking #{booking.id}") do
        Reminders.cancel(booking)
      end
      Announcement.refresh(booking)
      PrivateMessage.cancelled(booking)
      notify(booking, gone_ids)
      LiveUpdates.booking_changed(booking, :cancelled)
    end

    def self.notify(booking, gone_ids)
      recipient_ids =
        Lifecycle.cancel_recipients(
          { booker_id: booking.booker_id, holder_id: booking.holder_id },
          by_id: booking.cancelled_by_id,
          gone_ids: gone_ids,
        )
      recipient_ids.each do |user_id|
        SideEffect.safely("telling user #{user_id} booking #{booking.id} was cancelled") do
          user = ::User.find_by(id: user_id)
          next if user.nil?
          if booking.expired?
            # Discourse shows display_username, then the topic's title: the
            # title here too would show it twice, so a label in the
            # booker's language.
            label =
              I18n.with_locale(user.effective_locale) { I18n.t("volunteer_booking.expired_label") }
            Notifier.notify(user, :expired, booking: booking, display_username: label)
          else
            other = user_id == booking.booker_id ? booking.holder : booking.booker
            Notifier.notify(
              user,
              :cancelled,
              booking: booking,
              display_username: other || booking.topic&.title,
            )
          end
        end
      end
    end

    private_class_method :notify
  end
end
