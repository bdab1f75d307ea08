# frozen_string_literal: true

module VolunteerBooking
  # Steps shared by the services that pair two people for a chat (booking,
  # picking up, asking for another time, taking a request): someone an
  # organiser has restricted (Pairing) is paired with nobody.
  module PairingSteps
    private

    def ensure_in_good_standing(guardian:)
      if Pairing.restricted?(guardian.user)
        fail!(I18n.t("volunteer_booking.errors.account_restricted"))
      end
    end
  end
end
