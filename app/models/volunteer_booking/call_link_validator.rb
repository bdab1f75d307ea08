# frozen_string_literal: true

module VolunteerBooking
  # Refuses a call link or template the core (CallLink) would not accept,
  # with the core's translated reason. Blank values pass: whether one is
  # needed is the model's business. Options: kind: :template or :link.
  class CallLinkValidator < ActiveModel::EachValidator
    def validate_each(record, _attribute, value)
      return if value.nil?
      result =
        (
          if options.fetch(:kind) == :template
            CallLink.check_template(value)
          else
            CallLink.check_link(value)
          end
        )
      record.errors.add(:base, I18n.t(result.i18n_key, **result.params)) unless result.ok?
    end
  end
end
