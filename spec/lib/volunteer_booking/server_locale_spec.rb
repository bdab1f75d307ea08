# frozen_string_literal: true

require_relative "../../core_helper"

# Every error key the core can return, and every one the Discourse shell
# names, must read well in config/locales/server.en.yml.
RSpec.describe VolunteerBooking::BookingRules::Result, "#i18n_key" do
  let(:errors) { VolunteerBookingCoreSpec.server_locale.dig("en", "volunteer_booking", "errors") }
  let(:core_keys) do
    (
      VolunteerBooking::BookingRules::ERRORS + VolunteerBooking::IntakeQuestions::QUESTION_ERRORS +
        VolunteerBooking::TimeOffAllowance::ERRORS + VolunteerBooking::CallLink::ERRORS +
        VolunteerBooking::StatsRange::ERRORS + VolunteerBooking::RequestWindows::ERRORS
    ).map(&:to_s)
  end
  # The shell writes its keys out in full ("volunteer_booking.errors.x"), so
  # they can be found in its source.
  let(:shell_keys) do
    root = File.expand_path("../../..", __dir__)
    files = Dir["#{root}/{app,config}/**/*.rb"] + VolunteerBooking::CoreFiles.shell_paths
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

# Every field a service's params declare is named for people, and every
# refusal StrictParams can make reads after that name.
RSpec.describe "the params' translations" do # rubocop:disable RSpec/DescribeClass
  let(:activemodel) { VolunteerBookingCoreSpec.server_locale.dig("en", "activemodel") }
  let(:names) { activemodel.dig("attributes", "volunteer_booking/strict_params") }
  let(:messages) { activemodel.dig("errors", "models", "volunteer_booking/strict_params") }
  let(:fields) do
    Dir[File.expand_path("../../../app/{services,params}/volunteer_booking/*.rb", __dir__)]
      .flat_map { |path| File.read(path).scan(/^\s+attribute :([a-z_]+)/).flatten }
      .uniq
  end

  it "names every field of every service's params" do
    expect(fields).to include("starts_at", "topic_id", "answers")
    expect(names.keys).to include(*fields)
  end

  it "names no field that no service has" do
    expect(fields).to include(*names.keys)
  end

  it "names each field in words, not as its attribute" do
    expect(names.values).to all(match(/\A[A-Z][a-z]/))
    expect(names.values.join).not_to include("_")
  end

  it "has a message for every problem of Input, Storable and Page, and for ranges" do
    problems =
      VolunteerBooking::Input::PROBLEMS + VolunteerBooking::Storable::PROBLEMS +
        VolunteerBooking::Page::PROBLEMS
    expect(messages.keys).to contain_exactly(*problems.map(&:to_s), "between")
    expect(messages.values).to all(match(/\A[a-z].*[^.!?\s]\z/))
  end
end
