# frozen_string_literal: true

require_relative "../../core_helper"

RSpec.describe VolunteerBooking::IntakeQuestions do
  let(:story) { { id: "story", label: "Tell us your story", type: "textarea", required: true } }
  let(:coop) { { id: "coop", label: "Which co-op?", type: "text", required: false } }
  let(:ica) do
    { id: "ica", label: "I have read the ICA statement", type: "checkbox", required: true }
  end
  let(:newsletter) { { id: "news", label: "Send me news", type: "checkbox", required: false } }
  let(:intake) { described_class.new([story, coop, ica, newsletter]) }

  def question(**attrs)
    { id: "q", label: "Question", type: "text", required: false }.merge(attrs)
  end

  include VolunteerBookingCoreSpec::ExpectFailure

  describe "the question list" do
    it "accepts a valid list and exposes it as frozen questions" do
      expect(intake.valid?).to be(true)
      expect(intake.validation.ok?).to be(true)
      expect(intake.questions.map(&:to_h)).to eq(
        [
          { id: "story", label: "Tell us your story", type: "textarea", required: true, link: nil },
          { id: "coop", label: "Which co-op?", type: "text", required: false, link: nil },
          {
            id: "ica",
            label: "I have read the ICA statement",
            type: "checkbox",
            required: true,
            link: nil,
          },
          { id: "news", label: "Send me news", type: "checkbox", required: false, link: nil },
        ],
      )
      expect(intake.questions).to be_frozen
    end

    it "accepts string keys, as read back from JSON, strips labels and defaults required to false" do
      intake =
        described_class.new([{ "id" => "a_b_1", "label" => "\u00A0 Why?\u3000", "type" => "text" }])
      expect(intake.questions.map(&:to_h)).to eq(
        [{ id: "a_b_1", label: "Why?", type: "text", required: false, link: nil }],
      )
    end

    it "keeps a question's link, trimmed, and reads a blank one as none" do
      intake =
        described_class.new(
          [
            question(id: "ica", type: "checkbox", link: " https://ica.coop/en "),
            question(id: "news", type: "checkbox", link: ""),
          ],
        )
      expect(intake.questions.map(&:link)).to eq(["https://ica.coop/en", nil])
    end

    it "accepts an empty list" do
      expect(described_class.new([]).valid?).to be(true)
    end

    it "rejects something that is not a list" do
      expect_failure(described_class.new(nil).validation, :questions_invalid)
      expect_failure(described_class.new({ id: "a" }).validation, :questions_invalid)
    end

    it "accepts 10 questions and rejects 11" do
      ten = (1..10).map { |n| question(id: "q#{n}") }
      expect(described_class.new(ten).valid?).to be(true)
      expect_failure(
        described_class.new(ten + [question(id: "q11")]).validation,
        :questions_too_many,
        max: 10,
      )
    end

    it "rejects an entry that is not a Hash" do
      expect_failure(
        described_class.new([question, "Why?"]).validation,
        :question_invalid,
        position: 2,
      )
    end

    it "rejects a required flag that is not true or false" do
      result = described_class.new([question(required: "yes")]).validation
      expect_failure(result, :question_invalid, position: 1)
    end

    # A dash or a dot: FormKit cannot name the booking form's field by it.
    ["", "Story", "with space", "a" * 41, "é", nil, :story, 7, "a-b", "a.b"].each do |id|
      it "rejects the id #{id.inspect}" do
        result = described_class.new([question(id: "ok"), question(id: id)]).validation
        expect_failure(result, :question_id_invalid, position: 2)
      end
    end

    it "accepts an id of 40 characters" do
      expect(described_class.new([question(id: "a" * 40)]).valid?).to be(true)
    end

    it "rejects a duplicate id" do
      result =
        described_class.new([question(id: "a"), question(id: "b"), question(id: "a")]).validation
      expect_failure(result, :question_id_duplicate, position: 3, id: "a")
    end

    [nil, "radio", "Text", :text].each do |type|
      it "rejects the type #{type.inspect}" do
        result = described_class.new([question(type: type)]).validation
        expect_failure(
          result,
          :question_type_unknown,
          position: 1,
          type: type.to_s,
          types: "text, textarea, checkbox",
        )
      end
    end

    ["", "   ", "\u00A0\u3000\uFEFF", "\u0000", "x" * 201, nil, 5].each do |label|
      it "rejects the label #{label.inspect[0, 20]}" do
        result = described_class.new([question(label: label)]).validation
        expect_failure(result, :question_label_invalid, position: 1, max: 200)
      end
    end

    it "accepts a label of 200 characters" do
      expect(described_class.new([question(label: "x" * 200)]).valid?).to be(true)
    end

    it "refuses to check answers against an invalid list" do
      expect { described_class.new(nil).check_answers({}) }.to raise_error(
        ArgumentError,
        /question list is invalid \(questions_invalid\)/,
      )
    end
  end

  describe "#check_answers" do
    let(:good) { { "story" => "Hello", "ica" => true } }

    it "accepts complete answers, with symbol or string keys" do
      expect(intake.check_answers(good).ok?).to be(true)
      expect(intake.check_answers(story: "Hello", ica: "1", news: "0").ok?).to be(true)
    end

    it "rejects an answer to an unknown question instead of dropping it" do
      expect_failure(
        intake.check_answers(good.merge("phone" => "123")),
        :answer_unknown,
        id: "phone",
      )
    end

    [true, "true", "1", 1, "on"].each do |value|
      it "takes #{value.inspect} as a ticked checkbox" do
        expect(intake.check_answers(good.merge("ica" => value)).ok?).to be(true)
        expect(intake.normalize(good.merge("ica" => value))["ica"]).to be(true)
      end
    end

    [false, nil, "false", "0", "", 0].each do |value|
      it "takes #{value.inspect} as an unticked checkbox" do
        result = intake.check_answers(good.merge("ica" => value))
        expect_failure(result, :acknowledgement_missing, question: "I have read the ICA statement")
        expect(intake.check_answers(good.merge("news" => value)).ok?).to be(true)
        expect(intake.normalize(good.merge("news" => value))["news"]).to be(false)
      end
    end

    it "rejects a checkbox value it cannot read" do
      result = intake.check_answers(good.merge("ica" => "maybe"))
      expect_failure(result, :answer_invalid, question: "I have read the ICA statement")
    end

    it "rejects a missing acknowledgement" do
      result = intake.check_answers("story" => "Hello")
      expect_failure(result, :acknowledgement_missing, question: "I have read the ICA statement")
    end

    [nil, "", " \r\n\t ", "\u00A0\u2003\u3000", "\uFEFF\u200B", "\u0000 \u0007"].each do |value|
      it "treats #{value.nil? ? "nil" : value.dump} as no answer" do
        result = intake.check_answers(good.merge("story" => value))
        expect_failure(result, :answer_missing, question: "Tell us your story")
        expect(intake.check_answers(good.merge("coop" => value)).ok?).to be(true)
      end
    end

    it "rejects a text answer that is not a String" do
      expect_failure(
        intake.check_answers(good.merge("coop" => 5)),
        :answer_invalid,
        question: "Which co-op?",
      )
      expect_failure(
        intake.check_answers(good.merge("coop" => ["a"])),
        :answer_invalid,
        question: "Which co-op?",
      )
    end

    it "rejects text that is not valid UTF-8" do
      result = intake.check_answers(good.merge("coop" => "caf\xE9"))
      expect_failure(result, :answer_invalid, question: "Which co-op?")
    end

    it "allows 500 characters in a text answer and 5000 in a textarea" do
      expect(described_class::ANSWER_MAX_LENGTH).to eq("text" => 500, "textarea" => 5000)
      expect(
        intake.check_answers(good.merge("coop" => "é" * 500, "story" => "y" * 5000)).ok?,
      ).to be(true)
      expect_failure(
        intake.check_answers(good.merge("coop" => "é" * 501)),
        :answer_too_long,
        question: "Which co-op?",
        max: 500,
      )
      expect_failure(
        intake.check_answers(good.merge("story" => "y" * 5001)),
        :answer_too_long,
        question: "Tell us your story",
        max: 5000,
      )
    end

    it "counts a CRLF line break as one character and ignores surrounding blanks" do
      text = ("y" * 4998) + "\r\n" + "y"
      expect(intake.check_answers(good.merge("story" => "  #{text}  ")).ok?).to be(true)
    end

    it "checks questions in list order" do
      result = intake.check_answers("coop" => 5, "ica" => false)
      expect_failure(result, :answer_missing, question: "Tell us your story")
    end
  end

  describe "#normalize" do
    it "returns one stored value per question" do
      answers = { :story => "  line one\r\nline two\rthree ", "ica" => "on" }
      expect(intake.normalize(answers)).to eq(
        "story" => "line one\nline two\nthree",
        "coop" => "",
        "ica" => true,
        "news" => false,
      )
    end

    it "stores text without control characters or invisible space at its ends" do
      answers = { "story" => "\uFEFF\u00A0I was\u0000 laid off.\u3000", "coop" => "\u2003" }
      expect(intake.normalize(answers)).to include("story" => "I was laid off.", "coop" => "")
    end
  end
end
