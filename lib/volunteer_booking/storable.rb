# frozen_string_literal: true

module VolunteerBooking
  # Whether a value from a request can be written to PostgreSQL as it is.
  # PostgreSQL refuses a NUL character in text and jsonb, byte sequences that
  # are not UTF-8, timestamps after the year 294276 and integers beyond their
  # column; any of these would end in an error page instead of a clear
  # refusal, so contracts and models ask here first.
  #
  # Years are kept to 1..9999, the four-digit years of ISO 8601 that every
  # browser, calendar and .ics reader agrees on; integers to PostgreSQL's
  # integer column, the narrowest the plugin's requests reach (Discourse's
  # topic and user ids, shift weekdays, settings).
  module Storable
    YEARS = 1..9999
    INTEGERS = -(2**31)..((2**31) - 1)
    # Deeper nesting than this is not what any form sends.
    MAX_DEPTH = 8
    PROBLEMS = %i[text_unreadable date_out_of_range number_out_of_range].freeze

    # nil, or the first problem found (one of PROBLEMS), looking into Hash
    # keys and values and Array items.
    def self.problem(value, depth = 0)
      case value
      when String
        :text_unreadable if !utf8?(value) || value.include?("\u0000")
      when Symbol
        problem(value.to_s, depth)
      when Integer
        :number_out_of_range if !INTEGERS.cover?(value)
      when Time, Date
        :date_out_of_range if !YEARS.cover?(value.year)
      when Hash
        problem(value.to_a.flatten(1), depth)
      when Array
        return :text_unreadable if depth >= MAX_DEPTH
        value.each do |item|
          found = problem(item, depth + 1)
          return found if found
        end
        nil
      end
    end

    # The pg gem converts text from other encodings, but sends a binary
    # string's bytes as they are, for PostgreSQL to read as UTF-8.
    def self.utf8?(text)
      return text.valid_encoding? if text.encoding != Encoding::BINARY
      text.dup.force_encoding(Encoding::UTF_8).valid_encoding?
    end

    private_class_method :utf8?
  end
end
