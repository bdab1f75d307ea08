# frozen_string_literal: true

module VolunteerBooking
  # Booking a slot, the booker's own bookings, cancelling, rescheduling and
  # the .ics download; a topic's bookings for its organisers; and what
  # volunteers do with a booking: pick up, release, hand over, mark held or
  # no-show; after the session, the booker's "How did it go?" and opting
  # out of follow-ups, and an organiser excusing a no-show or drawing a
  # fresh call link.
  class BookingsController < BaseController
    # The .ics is a plain link, not an XHR request.
    skip_before_action :check_xhr, only: :calendar

    def index
      run_service(
        ListTopicBookings,
        topic_id: params[:topic_id],
        status: params[:status],
        week: params[:week],
        upcoming: params[:upcoming],
        needs_outcome: params[:needs_outcome],
        cursor: params[:cursor],
      ) do |page:|
        render_json_dump(
          { bookings: serialize_data(page.items, BookingSerializer), **page_json(page) },
        )
      end
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

    def pick_up
      run_service(
        PickUpBooking,
        booking_id: params[:id],
        call_link: params[:call_link],
      ) { |booking:| render_booking(booking) }
    end

    def release
      run_service(ReleaseBooking, booking_id: params[:id]) { |booking:| render_booking(booking) }
    end

    def hand_over
      run_service(
        HandOverBooking,
        booking_id: params[:id],
        username: params[:username],
      ) { |booking:| render_booking(booking) }
    end

    def refresh_call_link
      run_service(RefreshCallLink, booking_id: params[:id]) { |booking:| render_booking(booking) }
    end

    def outcome
      run_service(
        MarkBookingOutcome,
        booking_id: params[:id],
        outcome: params[:outcome],
        note: params[:note],
      ) { |booking:| render_booking(booking) }
    end

    def feedback
      run_service(
        GiveFeedback,
        booking_id: params[:id],
        answer: params[:answer],
        comment: params[:comment],
      ) { |booking:| render_booking(booking) }
    end

    def stop_follow_ups
      run_service(StopFollowUps, booking_id: params[:id]) { |booking:| render_booking(booking) }
    end

    def excuse_no_show
      run_service(ExcuseNoShow, booking_id: params[:id]) { |booking:| render_booking(booking) }
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
