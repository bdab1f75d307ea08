# frozen_string_literal: true

module PageObjects
  module Pages
    # The volunteer page at /volunteer-booking: the queue of bookings
    # waiting for a volunteer, the volunteer's sessions, rota and time off.
    class VolunteerPage < PageObjects::Pages::Base
      SELECTOR = ".volunteer-page"

      def visit_page
        page.visit("/volunteer-booking")
        self
      end

      def has_queued_booking?(booking)
        has_css?(queue_card(booking))
      end

      def has_no_queued_booking?(booking)
        has_no_css?(queue_card(booking))
      end

      def pick_up(booking)
        find("#{queue_card(booking)} .booking-card__pick-up").click
        self
      end

      def has_session?(booking)
        has_css?(session_card(booking))
      end

      def has_guide?(booking, text)
        has_css?("#{session_card(booking)} .booking-card__guide", text: text, visible: :all)
      end

      def open_private_message(booking)
        find("#{session_card(booking)} .booking-card__private-message").click
        self
      end

      private

      def queue_card(booking)
        "#{SELECTOR} .volunteer-page__queue #{card(booking)}"
      end

      def session_card(booking)
        "#{SELECTOR} .volunteer-page__sessions #{card(booking)}"
      end

      def card(booking)
        ".booking-card[data-booking-id=\"#{booking.id}\"]"
      end
    end
  end
end
