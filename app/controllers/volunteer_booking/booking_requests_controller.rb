# frozen_string_literal: true

module VolunteerBooking
  # Booking requests ("None of these times work for me"): a booker asks
  # for other times and sees their own; volunteers take one, give it back
  # or set its time; organisers list a topic's and reassign them.
  class BookingRequestsController < BaseController
    def index
      run_service(
        ListTopicBookingRequests,
        topic_id: params[:topic_id],
        status: params[:status],
        cursor: params[:cursor],
      ) do |page:|
        render_json_dump(
          { requests: serialize_data(page.items, BookingRequestSerializer), **page_json(page) },
        )
      end
    end

    def create
      run_service(
        CreateBookingRequest,
        topic_id: params[:topic_id],
        windows: list_param(:windows),
        time_zone: params[:time_zone],
        note: params[:note],
        answers: hash_param(:answers),
      ) { |booking_request:| render_request(booking_request) }
    end

    def mine
      run_service(FetchMyBookingRequest, topic_id: params[:topic_id]) do |booking_request:|
        render_json_dump(
          {
            request:
              booking_request &&
                serialize_data(booking_request, BookingRequestSerializer, root: false),
          },
        )
      end
    end

    def show
      run_service(FetchBookingRequest, request_id: params[:id]) do |booking_request:|
        render_request(booking_request)
      end
    end

    def take
      run_service(TakeBookingRequest, request_id: params[:id]) do |booking_request:|
        render_request(booking_request)
      end
    end

    def give_back
      run_service(GiveBackBookingRequest, request_id: params[:id]) do |booking_request:|
        render_request(booking_request)
      end
    end

    def reassign
      run_service(
        ReassignBookingRequest,
        request_id: params[:id],
        user_id: params[:user_id],
      ) { |booking_request:| render_request(booking_request) }
    end

    def withdraw
      run_service(WithdrawBookingRequest, request_id: params[:id]) do |booking_request:|
        render_request(booking_request)
      end
    end

    def schedule
      run_service(
        ScheduleBookingRequest,
        request_id: params[:id],
        starts_at: params[:starts_at],
      ) do |booking_request:, booking:|
        render_json_dump(
          {
            request: serialize_data(booking_request, BookingRequestSerializer, root: false),
            booking: serialize_data(booking, BookingSerializer, root: false),
          },
        )
      end
    end

    private

    def render_request(booking_request)
      render_json_dump(
        { request: serialize_data(booking_request, BookingRequestSerializer, root: false) },
      )
    end

    # A JSON list from the request body with its objects as plain Hashes,
    # as the core reads windows; anything else as sent, for the params to
    # refuse.
    def list_param(key)
      value = params[key]
      return value if !value.is_a?(Array)
      value.map { |item| item.respond_to?(:to_unsafe_h) ? item.to_unsafe_h : item }
    end
  end
end
