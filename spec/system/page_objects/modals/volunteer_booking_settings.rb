# frozen_string_literal: true

module PageObjects
  module Modals
    # The booking settings modal an organiser opens from the topic admin menu.
    class VolunteerBookingSettings < PageObjects::Components::Base
      SELECTOR = ".volunteer-booking-settings-modal"

      def open?
        has_css?(SELECTOR)
      end

      def closed?
        has_no_css?(SELECTOR)
      end

      def form
        PageObjects::Components::FormKit.new("#{SELECTOR} form")
      end

      def fill_in_session_minutes(minutes)
        form.field("session_minutes").fill_in(minutes)
        self
      end

      # Volunteer groups are checkboxes labelled with the group's name.
      def choose_volunteer_group(group)
        find(
          "#{SELECTOR} .form-kit__field[data-name='volunteer_group_ids'] label",
          text: group_label(group),
        ).click
        self
      end

      def save
        find("#{SELECTOR} .d-modal__footer .btn-primary").click
        self
      end

      private

      def group_label(group)
        group.full_name.presence || group.name
      end
    end
  end
end
