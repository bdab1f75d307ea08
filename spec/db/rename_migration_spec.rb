# frozen_string_literal: true

require_relative "../db_helper"

# The rename of issue 15 keeps what was there: rows written under the old
# names read the same under the new ones.
RSpec.describe "the pick-up and private message rename" do # rubocop:disable RSpec/DescribeClass
  let(:connection) { ActiveRecord::Base.connection }
  let(:context) { VolunteerBookingDbSpec.migration_context }
  let(:rename) { context.migrations.find { |m| m.name == "RenamePickUpAndPrivateMessageColumns" } }
  let(:before_rename) { context.migrations.take_while { |m| m != rename }.last.version }
  let(:picked_up_at) { Time.utc(2026, 4, 1, 9, 30) }

  def insert(sql)
    connection.select_value("#{sql} RETURNING id")
  end

  def write_under_old_names
    topic_id =
      insert("INSERT INTO topics (title, created_at, updated_at) VALUES ('t', now(), now())")
    booking_topic_id = insert(<<~SQL)
        INSERT INTO volunteer_booking_topics (topic_id, created_at, updated_at)
        VALUES (#{topic_id}, now(), now())
      SQL
    booking_id = insert(<<~SQL)
        INSERT INTO volunteer_booking_bookings
          (booking_topic_id, starts_at, ends_at, booker_id, status, picker_id, claimed_at,
           pm_topic_id, created_at, updated_at)
        VALUES (#{booking_topic_id}, '2026-04-02 10:00', '2026-04-02 10:30', 4, 1, 6,
                '#{picked_up_at.iso8601}', 77, now(), now())
      SQL
    request_id = insert(<<~SQL)
        INSERT INTO volunteer_booking_requests
          (booking_topic_id, requester_id, time_zone, pm_topic_id, created_at, updated_at)
        VALUES (#{booking_topic_id}, 4, 'Europe/London', 78, now(), now())
      SQL
    insert(<<~SQL)
      INSERT INTO site_settings (name, data_type, value, created_at, updated_at)
      VALUES ('volunteer_booking_pm_organisers', 5, 't', now(), now())
    SQL
    [booking_id, request_id]
  end

  it "keeps a picked-up booking's holder, time and private message, and the setting",
     :concurrency do
    context.migrate(before_rename)
    booking_id, request_id = write_under_old_names
    context.migrate
    VolunteerBooking::Booking.reset_column_information

    booking = VolunteerBooking::Booking.find(booking_id)
    expect(booking).to be_picked_up
    expect([booking.holder_id, booking.picked_up_at, booking.private_message_topic_id]).to eq(
      [6, picked_up_at, 77],
    )
    expect(VolunteerBooking::BookingRequest.find(request_id).private_message_topic_id).to eq(78)
    expect(connection.select_values("SELECT name FROM site_settings")).to eq(
      ["volunteer_booking_private_message_organisers"],
    )
    expect { booking.update_columns(holder_id: nil) }.to raise_error(
      ActiveRecord::StatementInvalid,
      /volunteer_booking_bookings_picked_up_has_holder/,
    )
  ensure
    context.migrate
  end
end
