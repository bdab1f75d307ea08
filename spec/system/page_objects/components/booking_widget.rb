# frozen_string_literal: true

module PageObjects
  module Components
    # The booking widget under a booking topic's first post.
    class BookingWidget < PageObjects::Components::Base
      SELECTOR = ".booking-widget"
      OPEN_SLOT = ".slot-day-list__button:not(:disabled)"

      def has_open_slot?
        has_css?("#{SELECTOR} #{OPEN_SLOT}")
      end

      def pick_first_open_slot
        find("#{SELECTOR} #{OPEN_SLOT}", match: :first).click
        self
      end

      def tick(question_id)
        find("#{SELECTOR} [data-name='#{question_id}'] input[type='checkbox']").click
        self
      end

      def answer(question_id, text)
        find("#{SELECTOR} [data-name='#{question_id}'] textarea").fill_in(with: text)
        self
      end

      def book
        find("#{SELECTOR} .intake-form__book").click
        self
      end

      def has_confirmation?(heading)
        has_css?("#{SELECTOR} .booking-widget__confirmed", text: heading)
      end
    end
  end
end
