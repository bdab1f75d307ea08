# frozen_string_literal: true

module VolunteerBooking
  # A page of who an organiser may put on the rota (RotaVolunteers), from
  # the cursor the previous page gave; the first without one.
  class ListRotaVolunteers
    include Service::Base
    include BookingTopicSteps

    params(base_class: StrictParams) do
      attribute :topic_id, :integer
      attribute :cursor, :string

      validates :topic_id, presence: true
      validates_with CursorValidator, attributes: %i[cursor], keys: RotaVolunteers::CURSOR_KEYS
    end

    model :booking_topic
    policy :can_edit_rota
    step :fetch_volunteers

    private

    def can_edit_rota(guardian:, booking_topic:)
      PolicyFactory.for(guardian, booking_topic).can_edit_rota?
    end

    def fetch_volunteers(booking_topic:, params:, guardian:)
      context[:page] = RotaVolunteers.page(booking_topic, guardian, params.cursor)
    end
  end
end
