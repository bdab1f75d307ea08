# frozen_string_literal: true

module VolunteerBooking
  # Per-user limits on every write, each with its own site setting (how many
  # an hour), counted by Discourse's RateLimiter: over a limit, its
  # RateLimiter::LimitExceeded ends the request in Discourse's translated
  # 429 saying how long to wait. Staff are not limited (RateLimiter's rule).
  module RateLimits
    extend ActiveSupport::Concern

    SETTINGS = {
      book: :volunteer_booking_max_bookings_per_hour,
      reschedule: :volunteer_booking_max_reschedules_per_hour,
      cancel: :volunteer_booking_max_cancellations_per_hour,
      pick_up: :volunteer_booking_max_pick_ups_per_hour,
      release: :volunteer_booking_max_releases_per_hour,
      hand_over: :volunteer_booking_max_hand_overs_per_hour,
      outcome: :volunteer_booking_max_outcomes_per_hour,
      feedback: :volunteer_booking_max_feedback_per_hour,
      rota: :volunteer_booking_max_rota_changes_per_hour,
      time_off: :volunteer_booking_max_time_off_changes_per_hour,
      settings: :volunteer_booking_max_settings_changes_per_hour,
      fresh_call_link: :volunteer_booking_max_fresh_call_links_per_hour,
      call_link: :volunteer_booking_max_call_link_changes_per_hour,
      gap_notifications: :volunteer_booking_max_gap_notification_changes_per_hour,
    }.freeze

    class_methods do
      # Adds the step that counts one action against the user's hourly limit.
      def limit_per_hour(action)
        rate_limit_for(action)
        step :rate_limit
      end

      # Defines the rate_limit step without placing it, for a service that
      # places `step :rate_limit` itself, e.g. inside an only_if.
      def rate_limit_for(action)
        setting = SETTINGS.fetch(action)
        define_method(:rate_limit) do |guardian:|
          RateLimiter.new(
            guardian.user,
            "volunteer-booking-#{action}",
            SiteSetting.get(setting),
            1.hour,
          ).performed!
        end
        private :rate_limit
      end
    end
  end
end
