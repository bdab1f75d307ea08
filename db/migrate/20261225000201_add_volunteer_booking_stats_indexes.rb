# frozen_string_literal: true

# The stats' aggregates (VolunteerBooking::BookingStats) read every booking
# of a date range, of one topic or of all: these indexes carry the columns
# they count, so PostgreSQL answers from the index alone. The topic's index
# replaces the plain one on the same keys, which served the organisers'
# list and still does.
class AddVolunteerBookingStatsIndexes < ActiveRecord::Migration[7.2]
  COUNTED = %i[status created_at claimed_at expired_at picker_id feedback].freeze

  def change
    remove_index :volunteer_booking_bookings,
                 %i[booking_topic_id starts_at],
                 name: "idx_volunteer_booking_bookings_on_topic_and_start"
    add_index :volunteer_booking_bookings,
              %i[booking_topic_id starts_at],
              include: COUNTED,
              name: "idx_volunteer_booking_bookings_on_topic_and_start"
    add_index :volunteer_booking_bookings,
              :starts_at,
              include: COUNTED + [:booking_topic_id],
              name: "idx_volunteer_booking_bookings_stats_by_start"
  end
end
