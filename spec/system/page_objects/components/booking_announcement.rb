# frozen_string_literal: true

module PageObjects
  module Components
    # A booking's announcement in a chat channel, found by its message id,
    # with the "Pick up" button chat renders from the message's blocks.
    class BookingAnnouncement < PageObjects::Components::Base
      def initialize(message)
        @message = message
      end

      def has_pick_up_button?
        has_css?("#{selector} .block__button")
      end

      def has_no_pick_up_button?
        has_no_css?("#{selector} .block__button")
      end

      def pick_up
        find("#{selector} .block__button").click
        self
      end

      def has_status?(text)
        has_css?("#{selector} .chat-message-text", text: text)
      end

      private

      def selector
        ".chat-message-container[data-id=\"#{@message.id}\"]"
      end
    end
  end
end
