# frozen_string_literal: true

class CreateVolunteerBookingShifts < ActiveRecord::Migration[7.2]
  def change
    create_table :volunteer_booking_shifts do |t|
      t.bigint :booking_topic_id, null: false
      t.integer :weekday, null: false
      t.string :starts_at, null: false, limit: 5
      t.string :ends_at, null: false, limit: 5
      t.string :time_zone, null: false, limit: 100
      t.timestamps
    end

    # A booking topic's shifts, in weekday order (topic view, rota, overlap check).
    add_index :volunteer_booking_shifts,
              %i[booking_topic_id weekday],
              name: "idx_volunteer_booking_shifts_on_topic_and_weekday"
    add_foreign_key :volunteer_booking_shifts,
                    :volunteer_booking_topics,
                    column: :booking_topic_id,
                    on_delete: :cascade
  end
end
