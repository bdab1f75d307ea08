# frozen_string_literal: true

module Jobs
  module VolunteerBooking
    # One reminder before a session (see ::VolunteerBooking::Reminders).
    # Args: booking_id, hours (the lead time), starts_at (ISO 8601, the start
    # the reminder was scheduled for).
    class SendReminder < ::Jobs::Base
      def execute(args)
        return if !SiteSetting.volunteer_booking_enabled
        ::VolunteerBooking::Reminders.deliver(
          booking_id: args[:booking_id],
          starts_at: args[:starts_at],
          hours: args[:hours],
        )
      end
    end
  end
end
