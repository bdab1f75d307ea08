# frozen_string_literal: true

module VolunteerBooking
  # Changes a shift's day, hours or zone. Moving it to another weekday drops
  # its one-date rota entries, which no longer fall on it; the weekly ones
  # move with it. A change that would leave upcoming bookings outside the
  # shift is refused, saying how many: they must be cancelled or moved
  # first, or they would hold a volunteer no shift accounts for.
  class UpdateShift
    include Service::Base
    include RateLimits
    include BookingTopicSteps

    params(base_class: StrictParams) do
      attribute :topic_id, :integer
      attribute :shift_id, :integer
      attribute :weekday, :integer
      attribute :starts_at, :string
      attribute :ends_at, :string
      attribute :time_zone, :string
      attribute :volunteers_wanted, :integer, default: Limits.default(:volunteers_wanted)

      validates :topic_id, presence: true
      validates :shift_id, presence: true
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
    model :shift

    transaction do
      step :lock_booking_topic
      step :ensure_no_overlap
      step :ensure_bookings_still_inside
      step :save_shift
    end

    step :publish_slots_changed

    private

    # The stored shift with the requested changes applied (not saved), so
    # the model step reports invalid changes as the shift's errors.
    def fetch_shift(booking_topic:, params:)
      booking_topic
        .shifts
        .find_by(id: params.shift_id)
        &.tap do |shift|
          shift.assign_attributes(
            params.slice(:weekday, :starts_at, :ends_at, :time_zone, :volunteers_wanted),
          )
        end
    end

    def ensure_no_overlap(booking_topic:, shift:)
      clash = ShiftOverlapCheck.clash(booking_topic, shift)
      fail!(I18n.t("volunteer_booking.errors.shift_overlap", shift: clash)) if clash
    end

    def ensure_bookings_still_inside(shift:)
      count = shift.bookings_left_outside
      fail!(Shift.bookings_in_the_way(count)) if count.positive?
    end

    def save_shift(shift:)
      if shift.weekday_changed?
        # Dated entries and skipped dates fall on the old weekday.
        shift.rota_entries.where.not(on_date: nil).delete_all
        RotaSkip.where(rota_entry_id: shift.rota_entries.select(:id)).delete_all
      end
      shift.save!
    end
  end
end
