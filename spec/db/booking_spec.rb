# frozen_string_literal: true

require_relative "../db_helper"

RSpec.describe VolunteerBooking::Booking do
  include_context "with a Wednesday shift"
  let(:unreadable) { (+"caf\xE9").force_encoding(Encoding::UTF_8) }
  let(:text_unreadable) do
    "contains characters that cannot be saved, such as a NUL character. " \
      "Please remove them and try again."
  end
  let(:date_out_of_range) { "is out of range. Please pick a date between the years 1 and 9999." }

  def booking(starts_at: ten, **attributes)
    described_class.new(
      booking_topic: booking_topic,
      shift: shift,
      booker_id: booker.id,
      starts_at: starts_at,
      ends_at: starts_at + 30.minutes,
      **attributes,
    )
  end

  def picked_up(starts_at, holder: volunteer, topic: booking_topic)
    topic_shift = topic == booking_topic ? shift : create_shift(topic, starts_at.to_date)
    create_booking(topic_shift, booker, starts_at, status: :picked_up, holder_id: holder.id)
  end

  it "saves a booking with its answers" do
    record = booking(answers: { "story" => "Laid off in March", "ica_statement" => true })
    expect(record.save).to eq(true)
    expect(record.reload.answers).to eq("story" => "Laid off in March", "ica_statement" => true)
  end

  it "refuses what its validations promise, with Rails' or the plugin's messages" do
    expect(refusal(booking(ends_at: ten))).to eq(["Ends at must be greater than #{ten}"])
    expect(refusal(booking(cancel_reason: "x" * 501))).to eq(
      ["Cancel reason is too long (maximum is 500 characters)"],
    )
    expect(refusal(booking(idempotency_key: "short"))).to eq(
      ["Idempotency key is too short (minimum is 8 characters)"],
    )
    expect(refusal(booking(sequence: -1))).to eq(["Sequence must be greater than or equal to 0"])
    expect(refusal(booking(answers: '{"story": "a JSON string"}'))).to eq(
      [I18n.t("volunteer_booking.errors.answers_unreadable")],
    )
  end

  it "refuses text it cannot store, in its answers' keys and values too" do
    {
      { answers: { "story" => "Hi\u0000" } } => "Answers",
      { answers: { "st\u0000ory" => "Hi" } } => "Answers",
      { cancel_reason: unreadable } => "Cancel reason",
      { outcome_note: "Held\u0000" } => "Outcome note",
      { idempotency_key: "key-\u0000-0001" } => "Idempotency key",
    }.each do |attributes, attribute|
      expect(refusal(booking(**attributes))).to eq(["#{attribute} #{text_unreadable}"])
    end
  end

  # Only validated: see the booking topic's questions.
  it "refuses answers with bytes that are not UTF-8" do
    record = booking(answers: { "story" => unreadable })
    expect(record).not_to be_valid
    expect(record.errors.full_messages).to eq(["Answers #{text_unreadable}"])
  end

  it "would otherwise have PostgreSQL refuse a NUL in its answers" do
    record = booking(answers: { "story" => "Hi\u0000" })
    expect { record.save(validate: false) }.to be_refused_by_postgresql(PG::UntranslatableCharacter)
  end

  it "refuses times it cannot store, which used to crash its end-after-start check" do
    expect(refusal(booking.tap { |record| record.ends_at = "infinity" })).to eq(
      ["Ends at #{date_out_of_range}"],
    )
    expect(refusal(booking(starts_at: Time.utc(10_000, 1, 1)))).to eq(
      ["Starts at #{date_out_of_range}", "Ends at #{date_out_of_range}"],
    )
  end

  it "would otherwise have PostgreSQL refuse times past 9999" do
    expect { booking(starts_at: Time.utc(10_000, 1, 1)).save(validate: false) }.to(
      violate_check_constraint("volunteer_booking_bookings_times_in_range"),
    )
    expect { booking(starts_at: Time.utc(300_000, 1, 1)).save(validate: false) }.to(
      be_refused_by_postgresql(PG::DatetimeFieldOverflow),
    )
  end

  it "keeps each of its CHECK constraints in the database" do
    record = booking.tap(&:save!)
    {
      "status = 5" => "volunteer_booking_bookings_status_known",
      "ends_at = starts_at" => "volunteer_booking_bookings_ends_after_start",
      "sequence = -1" => "volunteer_booking_bookings_sequence_not_negative",
      "answers = '[]'::jsonb" => "volunteer_booking_bookings_answers_object",
      "idempotency_key = 'short'" => "volunteer_booking_bookings_idempotency_key_length",
      "status = 1, holder_id = NULL" => "volunteer_booking_bookings_picked_up_has_holder",
      "ends_at = 'infinity'" => "volunteer_booking_bookings_times_in_range",
      "starts_at = '-infinity'" => "volunteer_booking_bookings_times_in_range",
    }.each do |assignments, name|
      expect { described_class.where(id: record.id).update_all(assignments) }.to(
        violate_check_constraint(name),
      )
    end
    expect(record.reload).to have_attributes(status: "pending", sequence: 0, answers: {})
  end

  it "takes an idempotency key once per booker" do
    booking(idempotency_key: "key-00000001").save!
    booking(idempotency_key: nil).save!
    booking(idempotency_key: nil).save!

    expect { in_savepoint { booking(idempotency_key: "key-00000001").save! } }.to raise_error(
      ActiveRecord::RecordNotUnique,
    )
    other = booking(idempotency_key: "key-00000001", booker_id: create_user("cat").id)
    expect(other.save).to eq(true)
  end

  it "lists pending and picked-up bookings as active" do
    pending_booking = booking.tap(&:save!)
    picked_up = picked_up(ten + 1.hour)
    %i[cancelled held no_show].each do |status|
      booking(status: status, holder_id: volunteer.id).save!
    end
    expect(described_class.active).to contain_exactly(pending_booking, picked_up)
  end

  describe ".overlapping" do
    it "finds the bookings that share time with a range, not those that touch it" do
      record = booking.tap(&:save!)
      {
        [ten - 30.minutes, ten] => false,
        [ten + 30.minutes, ten + 1.hour] => false,
        [ten - 1.minute, ten + 1.minute] => true,
        [ten + 29.minutes, ten + 1.hour] => true,
        [ten + 10.minutes, ten + 20.minutes] => true,
        [ten - 1.hour, ten + 1.hour] => true,
      }.each do |(starts_at, ends_at), overlaps|
        expect(described_class.overlapping(starts_at, ends_at).include?(record)).to eq(overlaps)
      end
    end
  end

  describe ".clash" do
    it "is the volunteer's earliest picked-up session overlapping the time, in any topic" do
      elsewhere = picked_up(ten + 15.minutes, topic: create_booking_topic)
      here = picked_up(ten)
      picked_up(ten, holder: create_user("cat"))
      booking(starts_at: ten, status: :cancelled, holder_id: volunteer.id).save!

      expect(described_class.clash(volunteer.id, ten, ten + 1.hour)).to eq(here)
      expect(described_class.clash(volunteer.id, ten, ten + 1.hour, except_id: here.id)).to eq(
        elsewhere,
      )
      expect(described_class.clash(volunteer.id, ten + 45.minutes, ten + 1.hour)).to be_nil
      expect(described_class.clash(volunteer.id, ten - 30.minutes, ten)).to be_nil
    end
  end
end
