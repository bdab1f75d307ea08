# frozen_string_literal: true

require_relative "../../core_helper"

# Every case of contract/intake_questions.json, which the in-memory API
# follows too; README.md there says what each part means.
RSpec.describe VolunteerBooking::IntakeQuestions do
  contract = VolunteerBookingCoreSpec.contract("intake_questions")

  questions =
    lambda do |row|
      if row[:many]
        (1..row[:many]).map { |n| { id: "q#{n}", label: "Question #{n}", type: "text" } }
      elsif row[:pad_link]
        first, *rest = row[:questions]
        [first.merge(link: first[:link].ljust(row[:pad_link], "a")), *rest]
      elsif row[:pad_label]
        first, *rest = contract[:questions]
        [first.merge(label: first[:label].ljust(row[:pad_label], "a")), *rest]
      else
        row.fetch(:questions, contract[:questions])
      end
    end

  it "has a case for every error of the question list" do
    keys = contract[:checks].filter_map { |row| row[:error]&.to_sym }
    expect(keys.uniq).to match_array(described_class::QUESTION_ERRORS)
  end

  contract[:checks].each do |row|
    it row[:why] do
      result = described_class.new(questions.(row)).validation
      expect(result.error).to eq(row[:error]&.to_sym)
      expect(result.params).to eq(row[:params] || {}) if row[:error]
    end
  end
end
