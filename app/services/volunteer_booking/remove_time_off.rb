# frozen_string_literal: true

module VolunteerBooking
  # Deletes time off: the owner's own, or anyone's for staff.
  class RemoveTimeOff
    include Service::Base
    include RateLimits

    params(base_class: StrictParams) do
      attribute :time_off_id, :integer

      validates :time_off_id, presence: true
    end

    policy :signed_in
    model :time_off
    limit_per_hour :time_off

    transaction { step :destroy_time_off }
    step :publish_slots_changed

    private

    def signed_in(guardian:)
      PolicyFactory.for(guardian, nil).signed_in?
    end

    # Only what the user may remove is looked for: someone else's time off
    # is as not found as an id nobody has, so the answer does not tell
    # whether it exists.
    def fetch_time_off(params:, guardian:)
      scope = TimeOff.where(id: params.time_off_id)
      scope = scope.where(user_id: guardian.user.id) if !PolicyFactory.for(guardian, nil).staff?
      scope.first
    end

    def destroy_time_off(time_off:)
      time_off.destroy!
    end

    # Time off takes the volunteer off every rota they are on, so those
    # topics' gap messages change too.
    def publish_slots_changed(time_off:)
      LiveUpdates.volunteer_rota_changed(time_off.user)
      GapRecruiting.rota_changed(BookingTopic.on_rota_of(time_off.user_id).to_a)
    end
  end
end
