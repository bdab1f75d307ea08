# frozen_string_literal: true

module VolunteerBooking
  # The words of the follow-up FollowUps sends to the booker, in the
  # booking's private message (FollowUp.kind says which):
  # - held: thanks, the topic's next steps (the organisers' Markdown, as
  #   they wrote it) and "How did it go?", which the front end renders as
  #   one-click answers in the FEEDBACK_WIDGET placeholder;
  # - no-show: a kind note with a link to book again.
  # Both end with the same placeholder, which also holds "stop these
  # messages"; the sentence under it says where else to answer, for a
  # reader without the widget (an email notification).
  module FollowUpMessage
    FEEDBACK_WIDGET = "volunteer-booking-feedback"

    def self.raw(booking)
      booker = Markup.username(booking.booker&.username)
      topic = booking.topic
      book_again = Markup.link(topic&.title.to_s, topic&.url.to_s)
      parts =
        if FollowUp.kind(booking.follow_up_attributes) == :thanks
          thanks(booking, booker)
        else
          [I18n.t("volunteer_booking.follow_up.no_show", booker: booker, link: book_again)]
        end
      parts << Markup.widget(FEEDBACK_WIDGET, booking: booking.id, booker: booking.booker_id)
      parts << I18n.t(
        "volunteer_booking.follow_up.elsewhere",
        url:
          "#{::Discourse.base_path}/u/#{booking.booker&.username_lower}/activity/volunteer-bookings",
      )
      parts.join("\n\n")
    end

    def self.thanks(booking, booker)
      next_steps = booking.booking_topic.next_steps.to_s.strip
      [
        I18n.t("volunteer_booking.follow_up.thanks", booker: booker),
        (
          if next_steps.present?
            "### #{I18n.t("volunteer_booking.follow_up.next_steps_heading")}\n\n#{next_steps}"
          end
        ),
        "### #{I18n.t("volunteer_booking.follow_up.how_did_it_go")}",
      ].compact
    end

    private_class_method :thanks
  end
end
