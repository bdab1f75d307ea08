# frozen_string_literal: true

require_relative "../../core_helper"

# contract/limits.json is the one table of limits; the in-memory API reads
# it too (test/browser/playground/api/limits.ts).
RSpec.describe VolunteerBooking::Limits do
  table = described_class::TABLE

  it "has a range, and a default inside it or none, for every setting" do
    table[:ranges].each do |name, range|
      expect(range[:min]).to be_an(Integer).and(be <= range[:max]), name.to_s
      expect(range[:default]).to be_nil.or(be_between(range[:min], range[:max])), name.to_s
    end
  end

  it "has a positive whole number for every length and count" do
    expect(table[:lengths].merge(table[:counts]).values).to all(be_an(Integer).and(be_positive))
  end

  it "is where the core's limits come from" do
    expect(VolunteerBooking::IntakeQuestions::MAX_QUESTIONS).to eq(table[:counts][:questions])
    expect(VolunteerBooking::IntakeQuestions::LABEL_MAX_LENGTH).to eq(
      table[:lengths][:question_label],
    )
    expect(VolunteerBooking::IntakeQuestions::ANSWER_MAX_LENGTH).to eq(
      "text" => table[:lengths][:answer_text],
      "textarea" => table[:lengths][:answer_textarea],
    )
    expect(VolunteerBooking::CallLink::MAX_LENGTH).to eq(table[:lengths][:call_link])
    expect(VolunteerBooking::BookingRules::MAX_TRUST_LEVEL).to eq(
      table[:ranges][:min_trust_level][:max],
    )
    expect(VolunteerBooking::StatsRange::MAX_DAYS).to eq(table[:counts][:stats_days])
    expect(VolunteerBooking::Page::MAX_CURSOR_LENGTH).to eq(table[:lengths][:cursor])
    expect(VolunteerBooking::Page::MAX_TEXT_LENGTH).to eq(table[:lengths][:cursor_text])
    expect(VolunteerBooking::FollowUp::HOURS).to eq(described_class.range(:follow_up_hours))
    expect(VolunteerBooking::FollowUp::NEXT_STEPS_MAX_LENGTH).to eq(table[:lengths][:next_steps])
    expect(VolunteerBooking::FollowUp::COMMENT_MAX_LENGTH).to eq(table[:lengths][:feedback_comment])
    expect(VolunteerBooking::RequestWindows::MAX_WINDOWS).to eq(table[:counts][:request_windows])
    expect(VolunteerBooking::Gaps::VOLUNTEERS_WANTED).to eq(
      described_class.range(:volunteers_wanted),
    )
    expect(VolunteerBooking::Gaps::MESSAGE_WEEKDAYS).to eq(
      described_class.range(:gap_message_weekday),
    )
    expect(VolunteerBooking::Gaps::MESSAGE_HOURS).to eq(described_class.range(:gap_message_hour))
    expect(VolunteerBooking::GapMessage::MAX_LISTED).to eq(table[:counts][:gaps_listed])
    expect(VolunteerBooking::Gaps::HORIZON_WEEKS).to eq(described_class.range(:gap_horizon_weeks))
  end
end
