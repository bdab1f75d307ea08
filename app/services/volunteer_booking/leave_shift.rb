# frozen_string_literal: true

module VolunteerBooking
  # Takes a rota entry off the rota: a volunteer their own, an organiser
  # anyone's.
  class LeaveShift
    include Service::Base
    include RateLimits
    include BookingTopicSteps
    include RotaEntrySteps

    params(base_class: StrictParams) do
      attribute :topic_id, :integer
      attribute :rota_entry_id, :integer

      validates :topic_id, presence: true
      validates :rota_entry_id, presence: true
    end

    model :booking_topic
    model :rota_entry
    policy :can_edit_rota_entry
    limit_per_hour :rota

    transaction { step :destroy_rota_entry }
    step :publish_slots_changed

    private

    def destroy_rota_entry(rota_entry:)
      rota_entry.destroy!
    end
  end
end
