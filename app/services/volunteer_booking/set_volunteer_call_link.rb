# frozen_string_literal: true

module VolunteerBooking
  # A volunteer keeps, changes or clears (blank) the link to their own video
  # call, used when they pick a booking up in "the volunteer's own link"
  # mode. A link the core refuses (CallLink.check_link) makes the profile
  # invalid, so it is refused by the model step with the core's reason.
  class SetVolunteerCallLink
    include Service::Base
    include RateLimits

    params(base_class: StrictParams) do
      attribute :call_link, :string

      validates :call_link, length: { maximum: Limits.length(:call_link) }
    end

    policy :signed_in
    limit_per_hour :call_link
    model :profile, :build_profile
    transaction { step :save_profile }

    private

    def signed_in(guardian:)
      PolicyFactory.for(guardian, nil).signed_in?
    end

    def build_profile(params:, guardian:)
      profile = VolunteerProfile.find_or_initialize_by(user_id: guardian.user.id)
      profile.call_link = params.call_link.presence
      profile
    end

    def save_profile(profile:)
      profile.save!
    end
  end
end
