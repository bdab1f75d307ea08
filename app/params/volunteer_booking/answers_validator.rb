# frozen_string_literal: true

module VolunteerBooking
  # Refuses intake answers sent as anything but a JSON object, in the
  # params of a booking or a request, with the plugin's sentence; nil is
  # no answers (the intake rules then say which are missing).
  class AnswersValidator < ActiveModel::EachValidator
    def validate_each(record, _attribute, value)
      return if value.nil? || value.is_a?(Hash)
      record.errors.add(:base, I18n.t("volunteer_booking.errors.answers_unreadable"))
    end
  end
end
