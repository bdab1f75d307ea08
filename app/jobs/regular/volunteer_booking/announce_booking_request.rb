# frozen_string_literal: true

module Jobs
  module VolunteerBooking
    # Announces a booking request in its topic's chat channel, after the
    # request's transaction has committed (::VolunteerBooking::RequestAnnouncement).
    # Args: request_id.
    class AnnounceBookingRequest < ::Jobs::Base
      def execute(args)
        return if !SiteSetting.volunteer_booking_enabled
        booking_request =
          ::VolunteerBooking::BookingRequest.includes(:requester, booking_topic: :topic).find_by(
            id: args[:request_id],
          )
        ::VolunteerBooking::RequestAnnouncement.post(booking_request) if booking_request
      end
    end
  end
end
