# frozen_string_literal: true

module VolunteerBooking
  # The viewer's open or taken request in a booking topic, or nil: what
  # the booking widget shows in place of the request form.
  class FetchMyBookingRequest
    include Service::Base
    include BookingTopicSteps

    params(base_class: StrictParams) do
      attribute :topic_id, :integer

      validates :topic_id, presence: true
    end

    model :booking_topic
    policy :signed_in
    step :fetch_mine

    private

    def fetch_mine(booking_topic:, guardian:)
      context[:booking_request] = BookingRequest
        .active_in(booking_topic, guardian.user.id)
        .includes(:requester, :taker, booking_topic: :topic)
        .take
    end
  end
end
