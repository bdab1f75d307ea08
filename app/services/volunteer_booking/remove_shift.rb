# frozen_string_literal: true

module VolunteerBooking
  # Removes a shift and everyone's rota entries on it.
  class RemoveShift
    include Service::Base
    include BookingTopicSteps

    params do
      attribute :topic_id, :integer
      attribute :shift_id, :integer

      validates :topic_id, presence: true
      validates :shift_id, presence: true
    end

    model :booking_topic
    policy :can_configure
    model :shift

    transaction { step :destroy_shift }

    private

    def fetch_shift(booking_topic:, params:)
      booking_topic.shifts.find_by(id: params.shift_id)
    end

    def destroy_shift(shift:)
      shift.destroy!
    end
  end
end
