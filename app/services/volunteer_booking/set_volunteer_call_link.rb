# frozen_string_literal: true

module VolunteerBooking
  # A volunteer keeps, changes or clears (blank) the link to their own video
  # call, used when they pick a booking up in "the volunteer's own link"
  # mode. A link the core refuses (CallLink.check_link) makes the profile
  # invalid, so it is refused by the model step with the core's reason.
  class SetVolunteerCallLink
    include Service::Base
    include RateLimits
    include VolunteerProfileSteps

    params(base_class: StrictParams) do
      attribute :call_link, :string

      validates :call_link, length: { maximum: Limits.length(:call_link) }
    end

    policy :signed_in
    limit_per_hour :call_link
    model :profile, :build_profile
    transaction { step :save_profile }

    private

    def build_profile(params:, guardian:)
      own_profile(guardian).tap { |profile| profile.call_link = params.call_link.presence }
    end
  end
end
