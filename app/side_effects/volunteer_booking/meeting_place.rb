# frozen_string_literal: true

module VolunteerBooking
  # Telling the booker that their booking's call link changed: a fresh
  # token (RefreshCallLink) or another volunteer's own link (a hand-over).
  # The new link is written in the private message, if there is one yet;
  # the notification carries no link, as none does (Notifier). Nothing here
  # raises (SideEffect).
  module MeetingPlace
    def self.tell_booker(booking)
      PrivateMessage.call_link_changed(booking)
      SideEffect.safely("notifying the booker of booking #{booking.id}'s new call link") do
        Notifier.notify(
          booking.booker,
          :call_link_changed,
          booking: booking,
          display_username: booking.topic&.title.to_s,
          topic: booking.private_message_topic,
        )
      end
    end
  end
end
