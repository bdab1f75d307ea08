# frozen_string_literal: true

# A booker's ask for another time when no slot fits (issue 18): the
# windows they suggested, in their own zone, and their answers, until one
# volunteer takes it and sets the time, which makes it a booking.
class CreateVolunteerBookingRequests < ActiveRecord::Migration[7.2]
  def change
    create_table :volunteer_booking_requests do |t|
      t.bigint :booking_topic_id, null: false
      # Plain ids, as on bookings: the requester is nulled when their
      # account goes, and then the request is withdrawn.
      t.bigint :requester_id
      t.bigint :taker_id
      t.integer :status, null: false, default: 0
      t.jsonb :windows, null: false, default: []
      t.string :time_zone, null: false, limit: 100
      t.text :note
      t.jsonb :answers, null: false, default: {}
      # The booking it became, once scheduled.
      t.bigint :booking_id
      t.datetime :taken_at
      t.datetime :closed_at
      t.bigint :pm_topic_id
      t.bigint :announcement_chat_message_id
      # Each escalation fires at most once, as for bookings.
      t.datetime :rota_escalated_at
      t.datetime :organisers_escalated_at
      t.timestamps
    end

    # One open or taken request per person and topic; the service's
    # refusal comes first, this keeps a double click honest.
    add_index :volunteer_booking_requests,
              %i[booking_topic_id requester_id],
              unique: true,
              where: "status IN (0, 1)",
              name: "idx_volunteer_booking_requests_one_open"
    # A topic's requests by state and age: the organisers' list, the open
    # ones on volunteer pages.
    add_index :volunteer_booking_requests,
              %i[booking_topic_id status created_at],
              name: "idx_volunteer_booking_requests_on_topic_status"
    # The expiry and escalation scans of open requests.
    add_index :volunteer_booking_requests,
              :created_at,
              where: "status = 0",
              name: "idx_volunteer_booking_requests_open_by_age"
    add_index :volunteer_booking_requests,
              :taker_id,
              where: "taker_id IS NOT NULL",
              name: "idx_volunteer_booking_requests_on_taker"
    # Export, anonymising and deleting a person's requests.
    add_index :volunteer_booking_requests,
              :requester_id,
              name: "idx_volunteer_booking_requests_on_requester"
    add_foreign_key :volunteer_booking_requests,
                    :volunteer_booking_topics,
                    column: :booking_topic_id,
                    on_delete: :cascade
    add_foreign_key :volunteer_booking_requests,
                    :volunteer_booking_bookings,
                    column: :booking_id,
                    on_delete: :nullify

    # The model's promises, kept by PostgreSQL too; the numbers are written
    # out because a migration must not change when a constant does.
    add_check_constraint :volunteer_booking_requests,
                         "status BETWEEN 0 AND 4",
                         name: "volunteer_booking_requests_status_known"
    add_check_constraint :volunteer_booking_requests,
                         "status <> 1 OR taker_id IS NOT NULL",
                         name: "volunteer_booking_requests_taken_has_taker"
    add_check_constraint :volunteer_booking_requests,
                         "jsonb_typeof(windows) = 'array'",
                         name: "volunteer_booking_requests_windows_array"
    add_check_constraint :volunteer_booking_requests,
                         "jsonb_typeof(answers) = 'object'",
                         name: "volunteer_booking_requests_answers_object"
    add_check_constraint :volunteer_booking_requests,
                         "note IS NULL OR char_length(note) <= 1000",
                         name: "volunteer_booking_requests_note_length"
  end
end
