# frozen_string_literal: true

module Jobs
  module VolunteerBooking
    # Announces a booking in its topic's chat channel, after the booking's
    # transaction has committed (see ::VolunteerBooking::Announcement).
    # Args: booking_id.
    class AnnounceBooking < ::Jobs::Base
      def execute(args)
        return if !SiteSetting.volunteer_booking_enabled
        booking =
          ::VolunteerBooking::Booking.includes(:booker, booking_topic: :topic).find_by(
            id: args[:booking_id],
          )
        ::VolunteerBooking::Announcement.post(booking) if booking
      end
    end
  end
end
