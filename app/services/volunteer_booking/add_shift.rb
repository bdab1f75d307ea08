# frozen_string_literal: true

module VolunteerBooking
  # Adds a weekly window to a booking topic. Shifts of one topic may not
  # overlap in real time, whatever their zones.
  class AddShift
    include Service::Base
    include RateLimits
    include BookingTopicSteps

    params(base_class: StrictParams) do
      attribute :topic_id, :integer
      attribute :weekday, :integer
      attribute :starts_at, :string
      attribute :ends_at, :string
      attribute :time_zone, :string
      attribute :volunteers_wanted, :integer, default: Limits.default(:volunteers_wanted)

      validates :topic_id, presence: true
      validates :weekday, presence: true
      validates :starts_at, presence: true
      validates :ends_at, presence: true
      validates :time_zone, presence: true
      validates :volunteers_wanted,
                numericality: {
                  only_integer: true,
                  in: Gaps::VOLUNTEERS_WANTED,
                }
    end

    model :booking_topic
    policy :can_configure
    limit_per_hour :settings
    model :shift, :build_shift

    transaction do
      step :lock_booking_topic
      step :ensure_room
      step :ensure_no_overlap
      step :save_shift
    end

    step :publish_slots_changed

    private

    def build_shift(booking_topic:, params:)
      booking_topic.shifts.build(
        params.slice(:weekday, :starts_at, :ends_at, :time_zone, :volunteers_wanted),
      )
    end

    def ensure_room(booking_topic:)
      return if booking_topic.shifts.count < BookingTopic::MAX_SHIFTS
      fail!(I18n.t("volunteer_booking.errors.too_many_shifts", max: BookingTopic::MAX_SHIFTS))
    end

    def ensure_no_overlap(booking_topic:, shift:)
      clash = ShiftOverlapCheck.clash(booking_topic, shift)
      fail!(I18n.t("volunteer_booking.errors.shift_overlap", shift: clash)) if clash
    end

    def save_shift(shift:)
      shift.save!
    end
  end
end
