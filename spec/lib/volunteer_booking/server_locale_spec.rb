# frozen_string_literal: true

require_relative "../../core_helper"

# Every error key the core can return, and every one the Discourse shell
# names, must read well in config/locales/server.en.yml.
RSpec.describe VolunteerBooking::BookingRules::Result, "#i18n_key" do
  let(:errors) { VolunteerBookingCoreSpec.server_locale.dig("en", "volunteer_booking", "errors") }
  let(:core_keys) do
    (
      VolunteerBooking::BookingRules::ERRORS + VolunteerBooking::IntakeQuestions::QUESTION_ERRORS
    ).map(&:to_s)
  end
  # The shell writes its keys out in full ("volunteer_booking.errors.x"), so
  # they can be found in its source.
  let(:shell_keys) do
    root = File.expand_path("../../..", __dir__)
    files =
      Dir["#{root}/{app,config}/**/*.rb"] + Dir["#{root}/lib/volunteer_booking/*_extension.rb"]
    files += ["#{root}/plugin.rb"]
    files
      .flat_map { |path| File.read(path).scan(/volunteer_booking\.errors\.([a-z_]+)/).flatten }
      .uniq
  end

  it "translates every error key the core can return" do
    expect(errors.keys).to include(*core_keys)
  end

  it "translates every error key the shell uses" do
    expect(shell_keys).not_to be_empty
    expect(errors.keys).to include(*shell_keys)
  end

  it "has a non-empty sentence for each, and for each plural form" do
    sentences = errors.values.flat_map { |value| value.is_a?(Hash) ? value.values : [value] }
    expect(sentences).to all(match(/\A(?:[A-Z“\d]|%\{).+[.!?]\z/))
    expect(errors.values.grep(Hash).map(&:keys)).to all(contain_exactly("one", "other"))
  end
end
