# frozen_string_literal: true

# After a session (VolunteerBooking::FollowUp): when the booker hears from
# the topic and what it tells them, and what each booking has been sent.
# Each message goes at most once: the job sets its column with a
# conditional update before it writes.
class AddFollowUpsToVolunteerBooking < ActiveRecord::Migration[7.2]
  def change
    add_column :volunteer_booking_topics, :follow_up_hours, :integer, null: false, default: 2
    add_column :volunteer_booking_topics, :next_steps, :text, null: false, default: ""
    # Ticked when pausing: no follow-ups go out while the topic is paused.
    add_column :volunteer_booking_topics, :follow_ups_paused, :boolean, null: false, default: false

    add_column :volunteer_booking_bookings, :follow_up_sent_at, :datetime
    # The booker opted out from this booking's message, or their account
    # went: no follow-up goes to them from this topic again.
    add_column :volunteer_booking_bookings, :follow_ups_stopped_at, :datetime
    add_column :volunteer_booking_bookings, :outcome_nudges, :integer, null: false, default: 0
    # An organiser lifted the approval this no-show counted towards.
    add_column :volunteer_booking_bookings, :no_show_excused_at, :datetime
    add_check_constraint :volunteer_booking_bookings,
                         "feedback IN ('helpful', 'somewhat', 'not_really')",
                         name: "volunteer_booking_bookings_feedback_known"
    add_check_constraint :volunteer_booking_topics,
                         "follow_up_hours BETWEEN 0 AND 168",
                         name: "volunteer_booking_topics_follow_up_hours_range"

    # The job's scans: sessions marked and not followed up yet...
    add_index :volunteer_booking_bookings,
              :outcome_marked_at,
              where: "status IN (3, 4) AND follow_up_sent_at IS NULL",
              name: "idx_volunteer_booking_bookings_to_follow_up"
    # ...and picked-up sessions over without an outcome, not nudged yet.
    add_index :volunteer_booking_bookings,
              :ends_at,
              where: "status = 1 AND outcome_nudges = 0",
              name: "idx_volunteer_booking_bookings_to_nudge"
    # A booker's no-shows, for the approval rule.
    add_index :volunteer_booking_bookings,
              %i[booker_id starts_at],
              where: "status = 4 AND no_show_excused_at IS NULL",
              name: "idx_volunteer_booking_bookings_unexcused_no_shows"
  end
end
