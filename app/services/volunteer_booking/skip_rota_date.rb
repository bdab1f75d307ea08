# frozen_string_literal: true

module VolunteerBooking
  # Takes a volunteer on a shift every week off one of its dates, keeping
  # the other weeks. Refused while they hold a booking on that date: it
  # would be left with nobody on duty for it.
  class SkipRotaDate
    include Service::Base
    include RateLimits
    include BookingTopicSteps
    include RotaEntrySteps

    params(base_class: RotaSkipParams)

    model :booking_topic
    model :rota_entry
    policy :can_edit_rota_entry
    limit_per_hour :rota
    model :rota_skip, :build_rota_skip
    step :ensure_not_past

    transaction do
      step :lock_booking_topic
      step :ensure_no_booking_held
      step :save_rota_skip
    end

    step :publish_slots_changed

    private

    def build_rota_skip(rota_entry:, params:)
      rota_entry.skips.find_or_initialize_by(on_date: params.on_date)
    end

    def ensure_not_past(rota_entry:, rota_skip:)
      return if rota_skip.on_date >= rota_entry.shift.today
      fail!(I18n.t("volunteer_booking.errors.on_date_past"))
    end

    # Under the topic's lock, which pick-ups and hand-overs take too.
    def ensure_no_booking_held(rota_entry:, rota_skip:)
      shift = rota_entry.shift
      held =
        Booking
          .picked_up
          .where(shift_id: shift.id, holder_id: rota_entry.user_id)
          .where(starts_at: shift.day_range(rota_skip.on_date))
          .exists?
      return if !held
      fail!(
        I18n.t("volunteer_booking.errors.skip_booking_held", username: rota_entry.user.username),
      )
    end

    # Skipping a date twice is the same as once.
    def save_rota_skip(rota_skip:)
      rota_skip.save! if rota_skip.new_record?
    rescue ActiveRecord::RecordNotUnique
      nil
    end
  end
end
