# frozen_string_literal: true

# Loads the plain-Ruby core (lib/volunteer_booking) without Discourse or
# Rails, so its specs run with `bundle exec rspec spec/lib`. Which files are
# the core, and which the shell's, VolunteerBooking::CoreFiles says.
#
# The same specs run in Discourse's plugin CI too, where its .rspec has
# required rails_helper (and so Rails) before any spec file: there the
# requires below are no-ops or go through Zeitwerk's require decoration.
module VolunteerBookingCoreSpec
  HOSTS = %w[Rails Discourse ActiveRecord].freeze

  def self.hosts_loaded
    HOSTS.select { |name| Object.const_defined?(name, false) }
  end

  INSIDE_DISCOURSE = hosts_loaded.include?("Rails")
end

require "date"
require "json"
require "yaml"
require "active_support"
require "active_support/time"
require "i18n"

require_relative "../lib/volunteer_booking/core_files"
VolunteerBooking::CoreFiles.paths.each { |path| require path }

require "rspec"

module VolunteerBookingCoreSpec
  # Taken before any other helper (db_helper loads Active Record after
  # this file), so it shows what the core itself pulled in.
  HOSTS_AFTER_CORE = hosts_loaded.freeze
  LOCALE_FILE = File.expand_path("../config/locales/server.en.yml", __dir__)

  # One file of contract/, which the in-memory API is run against too.
  def self.contract(name)
    JSON.parse(
      File.read(File.expand_path("../contract/#{name}.json", __dir__)),
      symbolize_names: true,
    )
  end

  def self.server_locale
    @server_locale ||= YAML.safe_load_file(LOCALE_FILE)
  end

  # Resolves an error result against server.en.yml, raising if the key is
  # missing or a %{placeholder} has no matching param.
  def self.translate(result)
    template = server_locale.dig("en", *result.i18n_key.split("."))
    raise KeyError, "no translation for #{result.i18n_key}" unless template.is_a?(String)
    I18n.interpolate(template, result.params)
  end
end

module VolunteerBookingCoreSpec
  # The refusal of every core check (a BookingRules::Result): included by
  # each spec, since inside Discourse this file may not configure RSpec.
  module ExpectFailure
    def expect_failure(result, error, params = {})
      expect([result.ok?, result.error, result.params]).to eq([false, error, params])
      expect(result.i18n_key).to eq("volunteer_booking.errors.#{error}")
      expect(VolunteerBookingCoreSpec.translate(result)).not_to include("%{")
    end
  end
end

# Inside Discourse its rails_helper owns the suite's configuration: changing
# it here would change it for every spec of every plugin in the run.
unless VolunteerBookingCoreSpec::INSIDE_DISCOURSE
  # The message texts translate with I18n, as the shell's do in Discourse,
  # which loads the plugin's locale there itself.
  I18n.load_path += [VolunteerBookingCoreSpec::LOCALE_FILE]
  I18n.default_locale = :en
  RSpec.configure do |config|
    config.expect_with(:rspec) { |expectations| expectations.syntax = :expect }
    config.mock_with(:rspec) { |mocks| mocks.verify_partial_doubles = true }
    config.disable_monkey_patching!
    config.order = :random
    Kernel.srand(config.seed)
  end
end
