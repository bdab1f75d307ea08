# frozen_string_literal: true

module VolunteerBooking
  # Deletes time off: the owner's own, or anyone's for staff.
  class RemoveTimeOff
    include Service::Base
    include RateLimits

    params do
      include StorableParams

      attribute :time_off_id, :integer

      validates :time_off_id, presence: true
    end

    model :time_off
    policy :can_remove_time_off
    limit_per_hour :time_off

    transaction { step :destroy_time_off }

    private

    def fetch_time_off(params:)
      TimeOff.find_by(id: params.time_off_id)
    end

    def can_remove_time_off(guardian:, time_off:)
      policy = PolicyFactory.for(guardian, nil)
      policy.staff? || (policy.signed_in? && time_off.user_id == guardian.user.id)
    end

    def destroy_time_off(time_off:)
      time_off.destroy!
    end
  end
end
