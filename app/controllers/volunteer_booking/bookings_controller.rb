# frozen_string_literal: true

module VolunteerBooking
  # Booking a slot, the booker's own bookings, cancelling, rescheduling and
  # the .ics download; and a topic's bookings for its organisers.
  class BookingsController < BaseController
    # The .ics is a plain link, not an XHR request.
    skip_before_action :check_xhr, only: :calendar

    def index
      run_service(
        ListTopicBookings,
        topic_id: params[:topic_id],
        status: params[:status],
        week: params[:week],
      ) { |bookings:| render_bookings(bookings) }
    end

    def create
      run_service(
        CreateBooking,
        topic_id: params[:topic_id],
        shift_id: params[:shift_id],
        starts_at: params[:starts_at],
        answers: hash_param(:answers),
        idempotency_key: params[:idempotency_key],
      ) { |booking:| render_booking(booking) }
    end

    def mine
      run_service(ListMyBookings, {}) { |bookings:| render_bookings(bookings) }
    end

    def cancel
      run_service(CancelBooking, booking_id: params[:id], reason: params[:reason]) do |booking:|
        render_booking(booking)
      end
    end

    def reschedule
      run_service(
        RescheduleBooking,
        booking_id: params[:id],
        shift_id: params[:shift_id],
        starts_at: params[:starts_at],
      ) { |booking:| render_booking(booking) }
    end

    def calendar
      run_service(FetchBookingCalendar, booking_id: params[:id]) do |booking:, calendar:|
        send_data(
          calendar,
          type: "text/calendar; charset=utf-8",
          filename: "booking-#{booking.id}.ics",
          disposition: "attachment",
        )
      end
    end

    private

    def render_booking(booking)
      render_json_dump({ booking: serialize_data(booking, BookingSerializer, root: false) })
    end

    def render_bookings(bookings)
      render_json_dump({ bookings: serialize_data(bookings, BookingSerializer) })
    end
  end
end
