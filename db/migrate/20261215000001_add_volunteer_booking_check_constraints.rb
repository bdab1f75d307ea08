# frozen_string_literal: true

# What the models promise, kept by PostgreSQL too: a row written around the
# models (update_all, a console, a later migration) cannot break it. The
# numbers are written out because a migration must not change when a model
# constant does.
class AddVolunteerBookingCheckConstraints < ActiveRecord::Migration[7.2]
  def change
    add_check_constraint :volunteer_booking_bookings,
                         "status BETWEEN 0 AND 4",
                         name: "volunteer_booking_bookings_status_known"
    add_check_constraint :volunteer_booking_bookings,
                         "ends_at > starts_at",
                         name: "volunteer_booking_bookings_ends_after_start"
    add_check_constraint :volunteer_booking_bookings,
                         "sequence >= 0",
                         name: "volunteer_booking_bookings_sequence_not_negative"
    add_check_constraint :volunteer_booking_bookings,
                         "jsonb_typeof(answers) = 'object'",
                         name: "volunteer_booking_bookings_answers_object"
    add_check_constraint :volunteer_booking_bookings,
                         "idempotency_key IS NULL OR char_length(idempotency_key) >= 8",
                         name: "volunteer_booking_bookings_idempotency_key_length"
    # A picked-up booking has its volunteer; cancelled and marked ones keep
    # theirs, if any, for the record.
    add_check_constraint :volunteer_booking_bookings,
                         "status <> 1 OR picker_id IS NOT NULL",
                         name: "volunteer_booking_bookings_claimed_has_picker"

    add_check_constraint :volunteer_booking_topics,
                         "session_minutes > 0 AND buffer_minutes >= 0 AND " \
                           "min_notice_minutes >= 0 AND horizon_days > 0",
                         name: "volunteer_booking_topics_durations_positive"
    add_check_constraint :volunteer_booking_topics,
                         "char_length(volunteer_guide) <= 5000",
                         name: "volunteer_booking_topics_volunteer_guide_length"
    add_check_constraint :volunteer_booking_topics,
                         "jsonb_typeof(intake_questions) = 'array'",
                         name: "volunteer_booking_topics_intake_questions_array"

    add_check_constraint :volunteer_booking_shifts,
                         "weekday BETWEEN 0 AND 6",
                         name: "volunteer_booking_shifts_weekday_known"
    add_check_constraint :volunteer_booking_shifts,
                         "starts_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND " \
                           "ends_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND ends_at > starts_at",
                         name: "volunteer_booking_shifts_times_of_day"

    add_check_constraint :volunteer_booking_time_offs,
                         "ends_on >= starts_on",
                         name: "volunteer_booking_time_offs_ends_after_start"
  end
end
