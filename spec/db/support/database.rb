# frozen_string_literal: true

require "active_record"

module VolunteerBookingDbSpec
  ROOT = File.expand_path("../../..", __dir__)
  MIGRATIONS = File.join(ROOT, "db/migrate")
  LOCALE_FILE = File.join(ROOT, "config/locales/server.en.yml")
  # What Placement, SlotSource and friends call besides the models, and
  # OnDuty and GapSource, which read the rota as the SlotEngine does.
  SHELL_FILES = %w[
    checks/volunteer_booking/booking_check
    lifecycle/volunteer_booking/follow_ups
    queries/volunteer_booking/on_duty
    queries/volunteer_booking/rota_access
    queries/volunteer_booking/slot_source
    queries/volunteer_booking/gap_source
  ].freeze
  # RotaAccess asks it for the topic's chat channel: without chat, none.
  CHAT_BRIDGE = File.join(ROOT, "app/chat/volunteer_booking/chat_bridge.rb")

  # Connects to the database named by PGDATABASE (bin/with-postgres sets
  # it), creates the Discourse tables the models read, runs the plugin's
  # migrations up, down to nothing and up again (every one must come back
  # down), and loads the plugin's models. Needs the core loaded first.
  def self.set_up
    ENV["PGDATABASE"] ||
      abort("this needs a database: run it with bin/db-specs or bin/with-postgres")
    configure
    # More than the 50 threads of the largest race, plus the main one.
    ActiveRecord::Base.establish_connection(adapter: "postgresql", pool: 60, checkout_timeout: 20)
    DiscourseStandIns.create_tables(ActiveRecord::Base.connection)
    migration_context.migrate
    migration_context.migrate(0)
    migration_context.migrate
    load_plugin
  end

  # Each thread of a race asks Time.current and I18n on its own: these set
  # the defaults, not this thread's values.
  def self.configure
    Time.zone_default = Time.find_zone!("UTC")
    ActiveRecord.default_timezone = :utc
    ActiveRecord::Base.belongs_to_required_by_default = true
    ActiveRecord::Migration.verbose = false
    ActiveSupport.run_load_hooks(:i18n, I18n)
    I18n.load_path += [LOCALE_FILE]
    I18n.enforce_available_locales = false
    I18n.default_locale = :en
  end

  def self.migration_context
    ActiveRecord::MigrationContext.new(MIGRATIONS)
  end

  # Models name each other (and StorableValidator) in their class bodies:
  # autoload them, as Zeitwerk does in Discourse, in any order.
  def self.load_plugin
    models = Dir[File.join(ROOT, "app/models/volunteer_booking/*.rb")].sort
    models.each do |path|
      VolunteerBooking.autoload(File.basename(path, ".rb").camelize.to_sym, path)
    end
    models.each { |path| require path }
    require CHAT_BRIDGE
    SHELL_FILES.each { |name| require File.join(ROOT, "app/#{name}.rb") }
  end

  def self.plugin_tables
    ActiveRecord::Base.connection.tables.grep(/\Avolunteer_booking_/)
  end

  # Empties every table, after a spec or a benchmark round that committed.
  def self.truncate_all
    tables = plugin_tables + DiscourseStandIns.table_names
    ActiveRecord::Base.connection.execute("TRUNCATE #{tables.join(", ")} RESTART IDENTITY CASCADE")
  end
end
