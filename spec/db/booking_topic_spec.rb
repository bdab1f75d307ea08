# frozen_string_literal: true

require_relative "../db_helper"

RSpec.describe VolunteerBooking::BookingTopic do
  let(:booking_topic) { create_booking_topic }
  let(:unreadable) { (+"caf\xE9").force_encoding(Encoding::UTF_8) }
  let(:text_unreadable) do
    "contains characters that cannot be saved, such as a NUL character. " \
      "Please remove them and try again."
  end
  let(:question) { { "id" => "story", "type" => "textarea", "label" => "Your story" } }

  it "saves a booking topic's settings and questions" do
    booking_topic.assign_attributes(
      intake_questions: described_class.default_questions,
      paused: true,
      paused_message: "Back in May.",
    )
    expect(booking_topic.save).to eq(true)
    expect(booking_topic.reload.intake_questions.map { |q| q["id"] }).to eq(
      %w[ica_statement story coop_interest],
    )
  end

  it "refuses settings the core cannot work with" do
    booking_topic.assign_attributes(session_minutes: 0, horizon_days: 366)
    expect(refusal(booking_topic)).to eq(
      ["Session minutes must be in 5..240", "Horizon days must be in 1..365"],
    )
  end

  it "refuses questions the core cannot read, with the core's reason" do
    booking_topic.intake_questions = [question, question]
    expect(refusal(booking_topic)).to eq(
      [I18n.t("volunteer_booking.errors.question_id_duplicate", position: 2, id: "story")],
    )
  end

  it "refuses more volunteer groups than allowed" do
    booking_topic.volunteer_group_ids = (1..21).to_a
    expect(refusal(booking_topic)).to eq(
      [I18n.t("volunteer_booking.errors.too_many_groups", max: 20)],
    )
  end

  it "refuses text it cannot store, in its questions too" do
    booking_topic.volunteer_guide = "Listen first.\u0000"
    booking_topic.paused_message = unreadable
    booking_topic.intake_questions = [question.merge("label" => "Your st\u0000ory")]
    expect(refusal(booking_topic)).to eq(
      [
        "Paused message #{text_unreadable}",
        "Volunteer guide #{text_unreadable}",
        "Intake questions #{text_unreadable}",
      ],
    )
  end

  # Only validated: once such a record has been saved or refused in a
  # transaction, rolling that back makes Rails encode it, which raises.
  it "refuses a question with bytes that are not UTF-8, which Rails cannot encode as JSON" do
    record =
      described_class.new(
        topic: ::Topic.create!(title: "Co-op clinic"),
        intake_questions: [question.merge("label" => unreadable)],
      )
    expect(record).not_to be_valid
    expect(record.errors.full_messages).to eq(["Intake questions #{text_unreadable}"])
  end

  it "refuses a group id beyond PostgreSQL's integer column" do
    booking_topic.volunteer_group_ids = [2**31]
    expect(refusal(booking_topic)).to eq(
      [
        "Volunteer group ids holds a number too large to be a real value. Please check it and try again.",
      ],
    )
    expect { booking_topic.save(validate: false) }.to raise_error(ActiveModel::RangeError)
  end

  it "would otherwise have PostgreSQL refuse a NUL in its questions" do
    booking_topic.intake_questions = [question.merge("label" => "Your st\u0000ory")]
    expect { booking_topic.save(validate: false) }.to be_refused_by_postgresql(
      PG::UntranslatableCharacter,
    )
  end

  it "keeps its settings in the database" do
    saved = booking_topic
    {
      { session_minutes: 0 } => "volunteer_booking_topics_durations_positive",
      { buffer_minutes: -1 } => "volunteer_booking_topics_durations_positive",
      { min_notice_minutes: -1 } => "volunteer_booking_topics_durations_positive",
      { horizon_days: 0 } => "volunteer_booking_topics_durations_positive",
      { volunteer_guide: "x" * 5001 } => "volunteer_booking_topics_volunteer_guide_length",
      {
        intake_questions: {
          "id" => "story",
        },
      } =>
        "volunteer_booking_topics_intake_questions_array",
    }.each do |attributes, name|
      expect { saved.update_columns(attributes) }.to violate_check_constraint(name)
    end
    expect(saved.reload).to have_attributes(session_minutes: 30, intake_questions: [])
  end

  it "is the one booking topic of its topic" do
    other = create_booking_topic
    duplicate = described_class.new(topic_id: other.topic_id)
    expect(duplicate).not_to be_valid
    expect(duplicate.errors.full_messages).to include("Topic has already been taken")
    expect {
      in_savepoint { booking_topic.update_columns(topic_id: other.topic_id) }
    }.to raise_error(ActiveRecord::RecordNotUnique)
  end

  it "takes its shifts, rota and bookings with it when it goes" do
    shift = create_shift(booking_topic, Date.new(2027, 3, 3))
    entry = put_on_rota(shift, create_user("ana"))
    booking = create_booking(shift, create_user("bea"), Time.utc(2027, 3, 3, 10))
    kept = create_booking_topic
    kept_shift = create_shift(kept, Date.new(2027, 3, 3))

    described_class.where(id: booking_topic.id).delete_all

    expect(VolunteerBooking::Shift.where(id: shift.id)).to be_empty
    expect(VolunteerBooking::RotaEntry.where(id: entry.id)).to be_empty
    expect(VolunteerBooking::Booking.where(id: booking.id)).to be_empty
    expect(VolunteerBooking::Shift.where(id: kept_shift.id)).to exist
  end
end
