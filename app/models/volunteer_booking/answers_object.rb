# frozen_string_literal: true

module VolunteerBooking
  # Intake answers, on a booking or a request, are a JSON object. A JSON
  # string assigned to the jsonb column stays a string, which the database's
  # answers_object constraint refuses: this refuses it first, translated.
  # A model says `validate :answers_an_object` after its StorableValidator,
  # which must run first.
  module AnswersObject
    private

    def answers_an_object
      return if answers.is_a?(Hash)
      errors.add(:base, I18n.t("volunteer_booking.errors.answers_unreadable"))
    end
  end
end
