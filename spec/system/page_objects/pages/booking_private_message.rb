# frozen_string_literal: true

module PageObjects
  module Pages
    # The private message the plugin opens between a booker and the
    # volunteer who picked their booking up.
    class BookingPrivateMessage < PageObjects::Pages::Topic
      def has_opening_text?(text)
        has_css?("#post_1 .cooked", text: text)
      end

      def has_no_opening_text?(text)
        has_no_css?("#post_1 .cooked", text: text)
      end

      def has_quoted_answer?(text)
        has_css?("#post_1 .cooked blockquote", text: text)
      end
    end
  end
end
