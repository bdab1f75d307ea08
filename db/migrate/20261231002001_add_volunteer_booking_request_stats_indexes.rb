# frozen_string_literal: true

# The stats count requests by when they were made (BookingStats'
# WEEKLY), of one topic or of all: each week is a range of one of
# these, carrying the status it counts so PostgreSQL answers from the index.
class AddVolunteerBookingRequestStatsIndexes < ActiveRecord::Migration[7.2]
  def change
    add_index :volunteer_booking_requests,
              %i[booking_topic_id created_at],
              include: [:status],
              name: "idx_volunteer_booking_requests_stats_by_topic"
    add_index :volunteer_booking_requests,
              :created_at,
              include: [:status],
              name: "idx_volunteer_booking_requests_stats_by_age"
  end
end
