# frozen_string_literal: true

class AddPickUpToVolunteerBookingBookings < ActiveRecord::Migration[7.2]
  def change
    # Never picked up by its start: cancelled by the escalation job, which
    # records when here (cancelled_by_id stays NULL).
    add_column :volunteer_booking_bookings, :expired_at, :datetime
    # Held or no-show, marked by the volunteer or an organiser after the start.
    add_column :volunteer_booking_bookings, :outcome_note, :string, limit: 500
    add_column :volunteer_booking_bookings, :outcome_marked_by_id, :bigint
    add_column :volunteer_booking_bookings, :outcome_marked_at, :datetime
    # Each escalation fires at most once per booking: the job sets these
    # with a conditional update before it acts.
    add_column :volunteer_booking_bookings, :rota_escalated_at, :datetime
    add_column :volunteer_booking_bookings, :organisers_escalated_at, :datetime

    # The escalation job's scans of pending bookings: by start (expiry, the
    # organisers' alert, the volunteers' queue)...
    add_index :volunteer_booking_bookings,
              :starts_at,
              where: "status = 0",
              name: "idx_volunteer_booking_bookings_pending_by_start"
    # ...and by age, for those the rota has not been reminded of yet.
    add_index :volunteer_booking_bookings,
              :created_at,
              where: "status = 0 AND rota_escalated_at IS NULL",
              name: "idx_volunteer_booking_bookings_pending_to_escalate"
  end
end
