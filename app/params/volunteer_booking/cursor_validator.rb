# frozen_string_literal: true

module VolunteerBooking
  # In a service's params: refuses a cursor (Page) that does not name a row
  # by the list's key, e.g. `validates_with CursorValidator, attributes:
  # %i[cursor], keys: %i[time integer]`, so a mangled "more" link is a 422
  # naming the field, never a 500. A cursor that is not text is StrictParams'
  # to refuse.
  class CursorValidator < ActiveModel::EachValidator
    def validate_each(record, attribute, value)
      return if !value.is_a?(String) || value.empty?
      record.errors.add(attribute, :cursor_invalid) if Page.decode(value, options[:keys]).nil?
    end
  end
end
