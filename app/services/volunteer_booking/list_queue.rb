# frozen_string_literal: true

module VolunteerBooking
  # A page of the volunteer page's queue (VolunteerQueue) from the cursor the
  # previous page gave; the first without one.
  class ListQueue
    include Service::Base

    params(base_class: StrictParams) do
      attribute :cursor, :string

      validates_with CursorValidator, attributes: %i[cursor], keys: Booking::START_ORDER_KEYS
    end

    policy :signed_in
    step :fetch_queue

    private

    def signed_in(guardian:)
      PolicyFactory.for(guardian, nil).signed_in?
    end

    def fetch_queue(guardian:, params:)
      context[:page] = VolunteerQueue.page(guardian, params.cursor)
    end
  end
end
