# frozen_string_literal: true

module VolunteerBooking
  # The base of every service's params (`params(base_class: StrictParams)`).
  # Each attribute's type says how its value must read (Input): an integer
  # takes 3 or "3" but not 2.5, true or "3 chairs"; a boolean only true or
  # false; a date "2026-12-02"; a datetime an ISO 8601 instant with offset,
  # in whole seconds; text only a String; an array only a list; a date
  # outside 2000..2100 is refused. What reads but PostgreSQL could not
  # store (Storable: bytes that are not UTF-8, a number beyond its column,
  # nesting no form sends) is refused too, so it ends in a 422 that changes
  # nothing rather than a 500. Text, also inside lists and objects, is
  # cleaned (Input.text) before any presence or length check, so an answer
  # of spaces is no answer.
  #
  # The messages and the fields' names are under activemodel in
  # server.en.yml, keyed by this class, where Rails looks for every class
  # below it: "Start time must be in whole seconds". A field refused for how
  # it reads gets that one message, not also "can't be blank" for the nil
  # Rails cast it to.
  class StrictParams < Service::ContractBase
    KINDS = {
      integer: :integer,
      boolean: :boolean,
      string: :text,
      date: :date,
      datetime: :time,
    }.freeze
    PROBLEMS = Input::PROBLEMS + Storable::PROBLEMS + Page::PROBLEMS

    before_validation :clean_text
    validate :values_readable
    after_validation :one_error_per_unreadable_field
    after_validation :ranges_in_words

    private

    # Only where text is expected or may be nested: a date or number must
    # arrive exactly as written.
    def clean_text
      self.class.attribute_types.each do |name, type|
        next if KINDS.key?(type.type) && type.type != :string
        raw = raw_attributes[name]
        cleaned = Input.deep_text(raw)
        public_send("#{name}=", cleaned) if cleaned != raw
      end
    end

    def values_readable
      self.class.attribute_types.each do |name, type|
        kind = kind_of(type)
        problem =
          (kind && Input.problem(kind, raw_attributes[name])) || Storable.problem(public_send(name))
        errors.add(name, problem) if problem
      end
    end

    def kind_of(type)
      return :list if type.is_a?(ActiveSupportTypeExtensions::Array)
      KINDS[type.type]
    end

    def one_error_per_unreadable_field
      errors.attribute_names.each do |name|
        types = errors.where(name).map(&:type).uniq
        next if (types & PROBLEMS).empty?
        (types - PROBLEMS).each { |type| errors.delete(name, type) }
      end
    end

    # Rails says "must be in 5..240"; people say "between 5 and 240".
    def ranges_in_words
      errors
        .select { |error| error.type == :in && error.options[:count].is_a?(Range) }
        .each do |error|
          range = error.options[:count]
          errors.delete(error.attribute, :in)
          errors.add(error.attribute, :between, min: range.min, max: range.max)
        end
    end
  end
end
