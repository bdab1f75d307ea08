# frozen_string_literal: true

module VolunteerBooking
  # Puts a volunteer back on a date their weekly rota entry skipped: the
  # undo of SkipRotaDate.
  class UnskipRotaDate
    include Service::Base
    include RateLimits
    include BookingTopicSteps
    include RotaEntrySteps

    params(base_class: RotaSkipParams)

    model :booking_topic
    model :rota_entry
    policy :can_edit_rota_entry
    limit_per_hour :rota
    model :rota_skip

    transaction { step :destroy_rota_skip }
    step :publish_slots_changed

    private

    def fetch_rota_skip(rota_entry:, params:)
      rota_entry.skips.find_by(on_date: params.on_date)
    end

    def destroy_rota_skip(rota_skip:)
      rota_skip.destroy!
    end
  end
end
