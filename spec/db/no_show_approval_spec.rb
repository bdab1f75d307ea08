# frozen_string_literal: true

require_relative "../db_helper"

# The query behind the approval repeated no-shows bring (CreateBooking's
# ensure_no_approval_needed), on real PostgreSQL: it hands
# FollowUp.approval_check only what that counts.
RSpec.describe VolunteerBooking::Booking do
  include_context "with a Wednesday shift"
  let(:now) { at(wednesday, "10:00") }
  let(:since) { now - 90.days }

  def no_show(starts_at, shift: self.shift, booker: self.booker, **attributes)
    create_booking(shift, booker, starts_at, status: :no_show, **attributes)
  end

  def found
    VolunteerBooking::Booking.no_shows_for_approval(
      booking_topic_id: booking_topic.id,
      booker_id: booker.id,
      since:,
    )
  end

  it ".no_shows_for_approval finds the booker's unexcused no-shows in the topic started after since" do
    counted = [no_show(now - 10.days), no_show(since + 1)]
    no_show(since)
    no_show(now - 20.days, no_show_excused_at: now - 1.day)
    no_show(now - 30.days, shift: create_shift(create_booking_topic, wednesday))
    no_show(now - 40.days, booker: create_user("cy"))
    create_booking(shift, booker, now - 50.days, status: :held)

    expect(found).to match_array(
      counted.map { |b| { topic_id: booking_topic.id, starts_at: b.starts_at, excused: false } },
    )
    result =
      VolunteerBooking::FollowUp.approval_check(
        found,
        topic_id: booking_topic.id,
        limit: 2,
        days: 90,
        now:,
      )
    expect(result.params).to eq(count: 2, days: 90)
  end

  it ".unexcused_no_shows is served by the partial index on them" do
    no_show(now - 10.days)
    connection = ActiveRecord::Base.connection
    connection.execute("SET LOCAL enable_seqscan = off")
    sql =
      VolunteerBooking::Booking.unexcused_no_shows(
        booking_topic_id: booking_topic.id,
        booker_id: booker.id,
        since:,
      ).to_sql
    plan = connection.select_values("EXPLAIN #{sql}").join("\n")
    expect(plan).to include("idx_volunteer_booking_bookings_unexcused_no_shows")
  end
end
