# frozen_string_literal: true

module VolunteerBooking
  # The signed-in user's own bookings in every booking topic they can still
  # see, latest start first.
  class ListMyBookings
    include Service::Base

    LIMIT = 100

    policy :signed_in
    step :fetch_bookings

    private

    def signed_in(guardian:)
      PolicyFactory.for(guardian, nil).signed_in?
    end

    def fetch_bookings(guardian:)
      context[:bookings] = Booking
        .includes(:booker, :holder, :cancelled_by, booking_topic: :topic)
        .where(booker_id: guardian.user.id)
        .order(starts_at: :desc, id: :desc)
        .limit(LIMIT)
        .select { |booking| booking.topic && guardian.can_see?(booking.topic) }
    end
  end
end
