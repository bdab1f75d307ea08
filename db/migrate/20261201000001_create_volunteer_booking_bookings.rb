# frozen_string_literal: true

class CreateVolunteerBookingBookings < ActiveRecord::Migration[7.2]
  def change
    create_table :volunteer_booking_bookings do |t|
      t.bigint :booking_topic_id, null: false
      t.bigint :shift_id
      t.datetime :starts_at, null: false
      t.datetime :ends_at, null: false
      t.bigint :booker_id, null: false
      t.integer :status, null: false, default: 0
      t.bigint :picker_id
      t.jsonb :answers, null: false, default: {}
      t.datetime :claimed_at
      t.bigint :cancelled_by_id
      t.datetime :cancelled_at
      t.string :cancel_reason, limit: 500
      t.bigint :pm_topic_id
      t.bigint :announcement_chat_message_id
      t.string :idempotency_key, limit: 64
      t.integer :sequence, null: false, default: 0
      t.timestamps
    end

    # A topic's bookings by time: the organisers' list and its week filter.
    add_index :volunteer_booking_bookings,
              %i[booking_topic_id starts_at],
              name: "idx_volunteer_booking_bookings_on_topic_and_start"
    # Active bookings per slot, which the slot engine subtracts from capacity.
    add_index :volunteer_booking_bookings,
              %i[shift_id starts_at status],
              name: "idx_volunteer_booking_bookings_on_shift_start_status"
    # A booker's bookings ("my bookings", the per-user limit, export, anonymising).
    add_index :volunteer_booking_bookings,
              %i[booker_id starts_at],
              name: "idx_volunteer_booking_bookings_on_booker_and_start"
    # A volunteer's picked-up bookings.
    add_index :volunteer_booking_bookings,
              :picker_id,
              where: "picker_id IS NOT NULL",
              name: "idx_volunteer_booking_bookings_on_picker"
    # A double click books once: one booking per booker and client key.
    add_index :volunteer_booking_bookings,
              %i[booker_id idempotency_key],
              unique: true,
              where: "idempotency_key IS NOT NULL",
              name: "idx_volunteer_booking_bookings_idempotency"
    add_foreign_key :volunteer_booking_bookings,
                    :volunteer_booking_topics,
                    column: :booking_topic_id,
                    on_delete: :cascade
  end
end
