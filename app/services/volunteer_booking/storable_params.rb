# frozen_string_literal: true

module VolunteerBooking
  # Included in every service's params: refuses, with a translated reason,
  # what PostgreSQL could not store (Storable), so a NUL byte or a date in
  # the year 100000 ends in a 422 that changes nothing, not in a 500.
  module StorableParams
    extend ActiveSupport::Concern

    MESSAGES = {
      text_unreadable: "volunteer_booking.errors.text_unreadable",
      date_out_of_range: "volunteer_booking.errors.date_out_of_range",
      number_out_of_range: "volunteer_booking.errors.number_out_of_range",
    }.freeze

    included { validate :values_storable }

    private

    def values_storable
      attributes
        .values
        .filter_map { |value| Storable.problem(value) }
        .uniq
        .each { |problem| errors.add(:base, I18n.t(MESSAGES.fetch(problem))) }
    end
  end
end
