# frozen_string_literal: true

module PageObjects
  module Pages
    # A topic page with the plugin's parts: the admin menu entry, the booking
    # widget and the rota.
    class VolunteerBookingTopic < PageObjects::Pages::Topic
      def open_booking_settings
        click_admin_menu_button
        find(".topic-admin-volunteer-booking-settings").click
        PageObjects::Modals::VolunteerBookingSettings.new
      end

      def rota_widget
        PageObjects::Components::RotaWidget.new
      end

      def booking_widget
        PageObjects::Components::BookingWidget.new
      end
    end
  end
end
