# frozen_string_literal: true

require "active_support/core_ext/enumerable"
require "active_support/core_ext/object/blank"
require "uri"

module VolunteerBooking
  # The questions a booking topic asks its bookers, and the checks on the
  # answers. Questions are data an organiser edits, so the list itself is
  # validated too (#validation) before it is saved; BookingRules refuses to
  # work with a list that does not pass.
  #
  # A question is { id:, label:, type: "text" | "textarea" | "checkbox",
  # required: true/false, link: an optional http(s) URL to read first, e.g.
  # the co-op principles an acknowledgement is about }. Keys may be symbols or strings because the list is
  # usually read back from JSON. A required checkbox is an acknowledgement
  # ("I have read the ICA statement on the co-operative identity").
  #
  # Answers are a Hash keyed by question id (String or Symbol):
  # - an id that matches no question is rejected (answer_unknown) rather than
  #   dropped, so a client built against an older question list fails loudly
  #   instead of losing what the booker typed;
  # - text and textarea take a String or nil; blank means unanswered; length is
  #   counted in characters after Input.text (browsers submit CRLF but count a
  #   line break as one character; a pasted no-break space is not an answer);
  # - checkbox takes true/false or the usual form encodings of them.
  class IntakeQuestions
    TYPES = %w[text textarea checkbox].freeze
    MAX_QUESTIONS = Limits.count(:questions)
    # An id names the question's FormKit field in the booking form, and
    # FormKit refuses a field name with "." or "-" (fk/field-data).
    ID_FORMAT = /\A[a-z0-9_]{1,40}\z/
    LABEL_MAX_LENGTH = Limits.length(:question_label)
    LINK_MAX_LENGTH = Limits.length(:question_link)
    ANSWER_MAX_LENGTH = {
      "text" => Limits.length(:answer_text),
      "textarea" => Limits.length(:answer_textarea),
    }.freeze
    CHECKED = [true, "true", "1", 1, "on"].freeze
    UNCHECKED = [false, nil, "false", "0", "", 0].freeze

    # Errors about the question list itself, shown to the organiser; only the
    # first is reported. The list is checked as a whole, then question by
    # question: shape, id, duplicate id, type, label, required flag.
    #   questions_invalid      - the list is not an Array
    #   questions_too_many     - more than MAX_QUESTIONS (params: max)
    #   question_invalid       - an entry is not a Hash, or required is not
    #                            true/false (params: position)
    #   question_id_invalid    - id does not match ID_FORMAT (params: position)
    #   question_id_duplicate  - id used twice (params: position, id)
    #   question_type_unknown  - type not in TYPES (params: position, type, types)
    #   question_label_invalid - label blank or over LABEL_MAX_LENGTH
    #                            characters (params: position, max)
    #   question_link_invalid  - link neither blank nor an http(s) URL of at
    #                            most LINK_MAX_LENGTH characters (params:
    #                            position, max)
    QUESTION_ERRORS = %i[
      questions_invalid
      questions_too_many
      question_invalid
      question_id_invalid
      question_id_duplicate
      question_type_unknown
      question_label_invalid
      question_link_invalid
    ].freeze

    # Errors about a booker's answers, in the order they are checked; the
    # per-question ones are checked question by question.
    #   answer_unknown          - an answer for no question (params: id)
    #   answer_invalid          - wrong kind of value (params: question)
    #   answer_missing          - required text left blank (params: question)
    #   acknowledgement_missing - required checkbox not ticked (params: question)
    #   answer_too_long         - over ANSWER_MAX_LENGTH (params: question, max)
    ANSWER_ERRORS = %i[
      answer_unknown
      answer_invalid
      answer_missing
      acknowledgement_missing
      answer_too_long
    ].freeze

    Question = Struct.new(:id, :label, :type, :required, :link, keyword_init: true)

    attr_reader :questions, :validation

    def initialize(raw_questions)
      @validation = validate(raw_questions)
      @questions = (@validation.ok? ? build(raw_questions) : []).freeze
      @by_id = @questions.index_by(&:id).freeze
    end

    def valid?
      validation.ok?
    end

    # Returns a BookingRules::Result: ok, or the first answer error.
    def check_answers(answers)
      ensure_valid!
      answers = stringify(answers)

      unknown = answers.keys.find { |id| @by_id[id].nil? }
      return failure(:answer_unknown, id: unknown) if unknown

      questions.each do |question|
        error = answer_error(question, answers[question.id])
        return error if error
      end
      BookingRules::Result.ok
    end

    # The answers as they should be stored: one entry per question, text
    # cleaned by Input.text, checkboxes as booleans. Call after
    # check_answers succeeded.
    def normalize(answers)
      ensure_valid!
      answers = stringify(answers)
      questions.to_h do |question|
        value = answers[question.id]
        if question.type == "checkbox"
          [question.id, CHECKED.include?(value)]
        else
          [question.id, clean_text(value)]
        end
      end
    end

    private

    def validate(raw)
      return failure(:questions_invalid) unless raw.is_a?(Array)
      return failure(:questions_too_many, max: MAX_QUESTIONS) if raw.size > MAX_QUESTIONS

      seen = {}
      raw
        .each
        .with_index(1) do |entry, position|
          return failure(:question_invalid, position: position) unless entry.is_a?(Hash)
          entry = entry.transform_keys(&:to_s)

          id = entry["id"]
          unless id.is_a?(String) && ID_FORMAT.match?(id)
            return failure(:question_id_invalid, position: position)
          end
          return failure(:question_id_duplicate, position: position, id: id) if seen[id]
          seen[id] = true

          type = entry["type"]
          if TYPES.exclude?(type)
            return(
              failure(
                :question_type_unknown,
                position: position,
                type: type.to_s,
                types: TYPES.join(", "),
              )
            )
          end

          label = entry["label"]
          unless label.is_a?(String) && Input.text(label).length.between?(1, LABEL_MAX_LENGTH)
            return failure(:question_label_invalid, position: position, max: LABEL_MAX_LENGTH)
          end

          if [true, false, nil].exclude?(entry["required"])
            return failure(:question_invalid, position: position)
          end

          unless link_ok?(entry["link"])
            return failure(:question_link_invalid, position: position, max: LINK_MAX_LENGTH)
          end
        end
      BookingRules::Result.ok
    end

    def build(raw)
      raw.map do |entry|
        entry = entry.transform_keys(&:to_s)
        Question.new(
          id: entry["id"],
          label: Input.text(entry["label"]),
          type: entry["type"],
          required: entry["required"] == true,
          link: entry["link"].presence&.strip,
        ).freeze
      end
    end

    def answer_error(question, value)
      if question.type == "checkbox"
        if CHECKED.exclude?(value) && UNCHECKED.exclude?(value)
          return failure(:answer_invalid, question: question.label)
        end
        if question.required && CHECKED.exclude?(value)
          return failure(:acknowledgement_missing, question: question.label)
        end
        return
      end

      return failure(:answer_invalid, question: question.label) unless text?(value)
      text = clean_text(value)
      return failure(:answer_missing, question: question.label) if question.required && text.empty?
      max = ANSWER_MAX_LENGTH.fetch(question.type)
      failure(:answer_too_long, question: question.label, max: max) if text.length > max
    end

    # Blank is no link. A link opens in the booker's browser, so only a web
    # address will do: javascript: and data: URLs never reach the page.
    def link_ok?(link)
      return true if link.nil? || link == ""
      return false unless link.is_a?(String) && link.valid_encoding?
      link = link.strip
      return false if link.length > LINK_MAX_LENGTH || link.match?(/\s/)
      uri = URI.parse(link)
      uri.is_a?(URI::HTTP) && uri.host.present?
    rescue URI::InvalidURIError
      false
    end

    # nil is an unanswered question; anything else must be readable text.
    def text?(value)
      value.nil? || (value.is_a?(String) && value.valid_encoding?)
    end

    def clean_text(value)
      Input.text(value.to_s)
    end

    def stringify(answers)
      return {} if answers.nil?
      raise ArgumentError, "answers must be a Hash, got #{answers.class}" unless answers.is_a?(Hash)
      answers.transform_keys(&:to_s)
    end

    def ensure_valid!
      return if valid?
      raise ArgumentError, "the question list is invalid (#{validation.error})"
    end

    def failure(error, **params)
      BookingRules::Result.failure(error, **params)
    end
  end
end
