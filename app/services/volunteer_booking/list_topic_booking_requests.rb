# frozen_string_literal: true

module VolunteerBooking
  # A booking topic's requests for its organisers, oldest first: the open
  # ones unless a status (open, taken, expired) or all is asked for. A page
  # of Page::SIZES[:topic_bookings] at a time, as the topic's bookings.
  class ListTopicBookingRequests
    include Service::Base
    include BookingTopicSteps

    STATUSES = %w[open taken expired all].freeze

    params(base_class: StrictParams) do
      attribute :topic_id, :integer
      attribute :status, :string, default: "open"
      attribute :cursor, :string

      validates :topic_id, presence: true
      validates :status, inclusion: { in: STATUSES }
      validates_with CursorValidator, attributes: %i[cursor], keys: BookingRequest::AGE_ORDER_KEYS
    end

    model :booking_topic
    policy :can_list
    step :fetch_requests

    private

    def can_list(guardian:, booking_topic:)
      RequestPolicy.new(PolicyFactory.for(guardian, booking_topic)).can_list?
    end

    def fetch_requests(booking_topic:, params:)
      requests =
        BookingRequest.includes(:requester, :taker, booking_topic: :topic).where(
          booking_topic_id: booking_topic.id,
        )
      requests = requests.where(status: params.status) if params.status != "all"
      context[:page] = requests.page_by_age(params.cursor, Page::SIZES[:topic_bookings])
    end
  end
end
