# frozen_string_literal: true

module VolunteerBooking
  # Steps shared by the services that change what a volunteer keeps for
  # all their booking topics (VolunteerProfile, made on first save): any
  # signed-in user may, for themselves only.
  module VolunteerProfileSteps
    private

    def signed_in(guardian:)
      PolicyFactory.for(guardian, nil).signed_in?
    end

    def own_profile(guardian)
      VolunteerProfile.find_or_initialize_by(user_id: guardian.user.id)
    end

    def save_profile(profile:)
      profile.save!
    end
  end
end
