# frozen_string_literal: true

require_relative "../db_helper"

RSpec.describe "the plugin's migrations" do # rubocop:disable RSpec/DescribeClass
  let(:connection) { ActiveRecord::Base.connection }

  it "creates the plugin's tables" do
    expect(VolunteerBookingDbSpec.plugin_tables).to contain_exactly(
      "volunteer_booking_topics",
      "volunteer_booking_shifts",
      "volunteer_booking_rota_entries",
      "volunteer_booking_rota_skips",
      "volunteer_booking_time_offs",
      "volunteer_booking_bookings",
      "volunteer_booking_volunteer_profiles",
      "volunteer_booking_give_backs",
      "volunteer_booking_requests",
    )
  end

  it "comes down to nothing and up again" do
    context = VolunteerBookingDbSpec.migration_context
    expect(context.needs_migration?).to eq(false)
    expect(context.migrations.map(&:version)).to eq(context.get_all_versions)
  end

  it "keeps a booking's time the right way round in the database too" do
    expect(connection.check_constraints("volunteer_booking_bookings").map(&:name)).to include(
      "volunteer_booking_bookings_ends_after_start",
    )
  end

  it "gives a new booking topic and shift the defaults of contract/limits.json" do
    defaults =
      %w[volunteer_booking_topics volunteer_booking_shifts]
        .flat_map { |table| connection.columns(table) }
        .to_h { |column| [column.name.to_sym, column.default&.to_i] }
    ranges = VolunteerBooking::Limits::TABLE[:ranges]
    expect(defaults.slice(*ranges.keys)).to eq(ranges.transform_values { |range| range[:default] })
  end
end
