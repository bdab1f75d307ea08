# frozen_string_literal: true

# The database specs: the plugin's own migrations and models on a real
# PostgreSQL (bin/db-specs starts a throwaway cluster and sets PGHOST and
# friends). Loads the plain-Ruby core as the core specs do, then sets the
# database up (support/database.rb).
require_relative "core_helper"
require "active_support/testing/time_helpers"

Dir[File.expand_path("db/support/*.rb", __dir__)].sort.each { |path| require path }
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
