# frozen_string_literal: true

module VolunteerBooking
  # One booking request, for those who may see it at all (its requester,
  # the topic's volunteers and organisers); not found for anyone else.
  class FetchBookingRequest
    include Service::Base
    include BookingRequestSteps

    params(base_class: RequestParams)

    model :booking_request
  end
end
