# frozen_string_literal: true

require_relative "../../core_helper"

# The rules a booking request shares with a booking (BookingRules#check_request).
RSpec.describe VolunteerBooking::BookingRules, "#check_request" do
  include VolunteerBookingCoreSpec::ExpectFailure

  let(:now) { Time.utc(2026, 4, 1, 9, 0) }
  let(:questions) do
    [
      { id: "story", label: "Tell us your story", type: "textarea", required: true },
      { id: "ica", label: "I have read the ICA statement", type: "checkbox", required: true },
    ]
  end
  let(:settings) do
    { paused: false, horizon_days: 28, per_user_limit: 2, min_trust_level: 1, questions: questions }
  end
  let(:answers) { { "story" => "  Laid off in March.  ", "ica" => true } }
  let(:booker) { { id: 42, trust_level: 1, active_bookings: [], active_requests: 0 } }

  def check(settings: self.settings, booker: self.booker, answers: self.answers)
    described_class.new(settings).check_request(now:, booker:, answers:)
  end

  def upcoming(hours)
    { shift_id: 1, starts_at: now + (hours * 3600), ends_at: now + (hours * 3600) + 1800 }
  end

  it "accepts a request and normalises its answers as a booking's" do
    result = check
    expect(result).to be_ok
    expect(result.value).to eq(answers: { "story" => "Laid off in March.", "ica" => true })
  end

  it "refuses while paused, with the organiser's message, before anything else" do
    paused = settings.merge(paused: true, paused_message: "Back in May")
    expect_failure(
      check(settings: paused, booker: booker.merge(trust_level: 0)),
      :paused,
      message: "Back in May",
    )
  end

  it "refuses below the trust level, but not staff" do
    expect_failure(check(booker: booker.merge(trust_level: 0)), :trust_level_too_low, level: 1)
    expect(check(booker: booker.merge(trust_level: 0, staff: true))).to be_ok
  end

  it "counts open requests with upcoming bookings towards the limit" do
    expect(check(booker: booker.merge(active_bookings: [upcoming(2)]))).to be_ok
    expect_failure(
      check(booker: booker.merge(active_bookings: [upcoming(2)], active_requests: 1)),
      :limit_reached,
      limit: 2,
    )
    expect_failure(check(booker: booker.merge(active_requests: 2)), :limit_reached, limit: 2)
    expect(
      check(booker: booker.merge(active_bookings: [upcoming(-2)], active_requests: 1)),
    ).to be_ok
    expect(
      check(
        settings: settings.merge(per_user_limit: nil),
        booker: booker.merge(active_requests: 5),
      ),
    ).to be_ok
  end

  it "checks the answers last, with the booking's keys" do
    expect_failure(
      check(answers: { "story" => "Hi" }),
      :acknowledgement_missing,
      question: "I have read the ICA statement",
    )
  end
end
