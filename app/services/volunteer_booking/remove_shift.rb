# frozen_string_literal: true

module VolunteerBooking
  # Removes a shift and everyone's rota entries on it, once no upcoming
  # booking needs it: those must be cancelled or moved first.
  class RemoveShift
    include Service::Base
    include RateLimits
    include BookingTopicSteps

    params(base_class: StrictParams) do
      attribute :topic_id, :integer
      attribute :shift_id, :integer

      validates :topic_id, presence: true
      validates :shift_id, presence: true
    end

    model :booking_topic
    policy :can_configure
    limit_per_hour :settings
    model :shift

    transaction do
      step :lock_booking_topic
      step :ensure_no_upcoming_bookings
      step :destroy_shift
    end

    step :publish_slots_changed

    private

    def fetch_shift(booking_topic:, params:)
      booking_topic.shifts.find_by(id: params.shift_id)
    end

    def ensure_no_upcoming_bookings(shift:)
      count = shift.upcoming_bookings.count
      fail!(Shift.bookings_in_the_way(count)) if count.positive?
    end

    def destroy_shift(shift:)
      shift.destroy!
    end
  end
end
