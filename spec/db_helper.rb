# frozen_string_literal: true

# The database specs: the plugin's own migrations and models on a real
# PostgreSQL (bin/db-specs starts a throwaway cluster and sets PGHOST and
# friends, and VOLUNTEER_BOOKING_DB_SPECS). Loads the plain-Ruby core as
# the core specs do, then sets the database up (support/database.rb).
require_relative "core_helper"
require "active_support/testing/time_helpers"

module VolunteerBookingDbSpec
  SUPPORT = File.expand_path("db/support", __dir__)
end
%w[race records wednesday_shift].each do |name|
  require File.join(VolunteerBookingDbSpec::SUPPORT, name)
end

if ENV["VOLUNTEER_BOOKING_DB_SPECS"]
  require File.join(VolunteerBookingDbSpec::SUPPORT, "database")
  require File.join(VolunteerBookingDbSpec::SUPPORT, "discourse_stand_ins")
  require File.join(VolunteerBookingDbSpec::SUPPORT, "database_refusals")
  VolunteerBookingDbSpec.set_up

  RSpec.configure do |config|
    config.include ActiveSupport::Testing::TimeHelpers
    config.include VolunteerBookingDbSpec::Records

    # Most specs run in a transaction that is rolled back. Those tagged
    # :concurrency need their threads to see each other's commits, so they
    # commit and every table is emptied afterwards.
    config.around do |example|
      if example.metadata[:concurrency]
        begin
          example.run
        ensure
          VolunteerBookingDbSpec.truncate_all
        end
      else
        ActiveRecord::Base.transaction do
          example.run
          raise ActiveRecord::Rollback
        end
      end
    end
  end
else
  # Discourse's plugin:spec loads every spec/**/*_spec.rb. These bring their
  # own database and stand-ins for Discourse's tables, which must never meet
  # a real Discourse, so there they are skipped; bin/db-specs runs them.
  RSpec.configure do |config|
    config.define_derived_metadata(file_path: %r{/spec/db/}) do |metadata|
      metadata[:skip] = "the database specs run with bin/db-specs"
    end
  end
end
