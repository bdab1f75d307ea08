# frozen_string_literal: true

module VolunteerBooking
  # The params of every service that acts on one booking request, named by
  # its id; a service with more to read adds them in its params block.
  class RequestParams < StrictParams
    attribute :request_id, :integer

    validates :request_id, presence: true
  end
end
