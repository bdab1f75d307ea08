# frozen_string_literal: true

module VolunteerBooking
  # A volunteer chooses whether to be notified of gaps they could fill
  # (VolunteerProfile#notify_gaps), for all their booking topics.
  class SetGapNotifications
    include Service::Base
    include RateLimits
    include VolunteerProfileSteps

    params(base_class: StrictParams) do
      attribute :enabled, :boolean

      validates :enabled, inclusion: { in: [true, false] }
    end

    policy :signed_in
    limit_per_hour :gap_notifications
    model :profile, :build_profile
    transaction { step :save_profile }

    private

    def build_profile(params:, guardian:)
      own_profile(guardian).tap { |profile| profile.notify_gaps = params.enabled }
    end
  end
end
