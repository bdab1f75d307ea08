# frozen_string_literal: true

require_relative "../../core_helper"

# Every error key the core can return must read well in config/locales/server.en.yml.
RSpec.describe VolunteerBooking::BookingRules::Result, "#i18n_key" do
  let(:errors) { VolunteerBookingCoreSpec.server_locale.dig("en", "volunteer_booking", "errors") }
  let(:core_keys) do
    (
      VolunteerBooking::BookingRules::ERRORS + VolunteerBooking::IntakeQuestions::QUESTION_ERRORS
    ).map(&:to_s)
  end

  it "translates every error key the core can return, and nothing else" do
    expect(errors.keys).to match_array(core_keys)
  end

  it "has a non-empty sentence for each" do
    expect(errors.values).to all(match(/\A[A-Z].+[.!?]\z/))
  end
end
