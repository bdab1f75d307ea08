# frozen_string_literal: true

module Jobs
  module VolunteerBooking
    # Edits a booking topic's weekly gap message after its rota changed,
    # once the change has committed (see ::VolunteerBooking::GapRecruiting).
    # Args: booking_topic_id.
    class RefreshGapMessage < ::Jobs::Base
      def execute(args)
        return if !SiteSetting.volunteer_booking_enabled
        booking_topic =
          ::VolunteerBooking::BookingTopic.includes(:topic).find_by(id: args[:booking_topic_id])
        ::VolunteerBooking::GapRecruiting.refresh(booking_topic) if booking_topic
      end
    end
  end
end
