# frozen_string_literal: true

# The database specs: the plugin's own migrations and models on a real
# PostgreSQL (bin/db-specs starts a throwaway cluster and sets PGHOST and
# friends). Loads the plain-Ruby core as the core specs do, connects
# ActiveRecord, creates the Discourse tables the models read
# (support/discourse_stand_ins.rb), runs db/migrate up, down and up again,
# and loads app/models plus the few service files the critical sections
# call.
require_relative "core_helper"
require "active_record"
require "active_support/testing/time_helpers"

ENV["PGDATABASE"] || abort("spec/db needs a database: run it with bin/db-specs")

# Each thread of a concurrency spec asks Time.current and I18n on its own:
# set the defaults, not this thread's values.
Time.zone_default = Time.find_zone!("UTC")
ActiveRecord.default_timezone = :utc
ActiveRecord::Base.belongs_to_required_by_default = true
ActiveSupport.run_load_hooks(:i18n, I18n)
I18n.load_path += [VolunteerBookingCoreSpec::LOCALE_FILE]
I18n.enforce_available_locales = false
I18n.default_locale = :en

# More than the 50 threads of the largest concurrency spec, plus the main one.
ActiveRecord::Base.establish_connection(adapter: "postgresql", pool: 60, checkout_timeout: 20)
ActiveRecord::Migration.verbose = false

Dir[File.expand_path("db/support/*.rb", __dir__)].sort.each { |path| require path }

module VolunteerBookingDbSpec
  ROOT = File.expand_path("..", __dir__)
  MIGRATIONS = File.join(ROOT, "db/migrate")
  # What Placement, SlotSource and friends call besides the models.
  SERVICE_FILES = %w[booking_check rota_access slot_source].freeze

  def self.migration_context
    ActiveRecord::MigrationContext.new(MIGRATIONS)
  end

  def self.plugin_tables
    ActiveRecord::Base.connection.tables.grep(/\Avolunteer_booking_/)
  end

  def self.all_tables
    plugin_tables + DiscourseStandIns.table_names
  end

  def self.prepare_database
    connection = ActiveRecord::Base.connection
    DiscourseStandIns.create_tables(connection)
    # Every migration must come back down: up, down to nothing, up again.
    migration_context.migrate
    migration_context.migrate(0)
    migration_context.migrate
  end

  # Models name each other (and StorableValidator) in their class bodies:
  # autoload them, as Zeitwerk does in Discourse, in any order.
  def self.load_plugin
    models = Dir[File.join(ROOT, "app/models/volunteer_booking/*.rb")].sort
    models.each do |path|
      VolunteerBooking.autoload(File.basename(path, ".rb").camelize.to_sym, path)
    end
    models.each { |path| require path }
    SERVICE_FILES.each do |name|
      require File.join(ROOT, "app/services/volunteer_booking/#{name}.rb")
    end
  end

  # Empties every table between specs that commit (the threaded ones).
  def self.truncate_all
    ActiveRecord::Base.connection.execute(
      "TRUNCATE #{all_tables.join(", ")} RESTART IDENTITY CASCADE",
    )
  end
end

VolunteerBookingDbSpec.prepare_database
VolunteerBookingDbSpec.load_plugin

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
