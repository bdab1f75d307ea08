# frozen_string_literal: true

module VolunteerBooking
  # Refuses, with a translated error on the attribute, a value PostgreSQL
  # could not store (Storable), so saving it ends in a clear refusal instead
  # of an error page. In a date or time column anything but a date or time
  # is refused too: the PostgreSQL adapter casts "infinity" to
  # Float::INFINITY, which no comparison with a date survives.
  #
  # Declare it before the model's other validations: a value it refuses
  # stops them, as they would compare or match it, and String#blank?, which
  # Rails' own validators call, raises on bytes that are not UTF-8.
  class StorableValidator < ActiveModel::EachValidator
    DATE_TYPES = %i[date datetime].freeze

    # EachValidator#validate would call blank? on each value first.
    def validate(record)
      refused =
        attributes.filter_map do |attribute|
          validate_each(record, attribute, value_of(record, attribute))
        end
      throw :abort if refused.any?
    end

    def validate_each(record, attribute, value)
      problem = Storable.problem(value)
      problem ||= :date_out_of_range if not_a_date?(record, attribute, value)
      return if problem.nil?
      # Translated here: to build the message later Rails would read the
      # value again, and a jsonb one raises (see value_of).
      record.errors.add(attribute, I18n.t("activerecord.errors.messages.#{problem}"))
    end

    private

    # A jsonb attribute casts what was assigned by encoding it as JSON, which
    # raises on bytes that are not UTF-8: look at the assigned value itself.
    def value_of(record, attribute)
      assigned = record.read_attribute_before_type_cast(attribute)
      return assigned if assigned.is_a?(Hash) || assigned.is_a?(Array)
      record.read_attribute_for_validation(attribute)
    end

    def not_a_date?(record, attribute, value)
      return false if value.nil? || value.acts_like?(:date) || value.acts_like?(:time)
      DATE_TYPES.include?(record.class.type_for_attribute(attribute).type)
    end
  end
end
