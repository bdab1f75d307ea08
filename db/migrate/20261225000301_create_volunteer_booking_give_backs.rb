# frozen_string_literal: true

# A volunteer giving a picked-up booking back (VolunteerBooking::GiveBack):
# releasing it to the queue, losing access to it, or handing it over. The
# booking itself keeps only who holds it now, so without these rows the
# stats could not count what each volunteer gave back.
class CreateVolunteerBookingGiveBacks < ActiveRecord::Migration[7.2]
  def change
    create_table :volunteer_booking_give_backs do |t|
      t.bigint :booking_id, null: false
      # The booking's topic and start when it was given back: the stats
      # count a give-back in the week of the session it gave back, from an
      # index of their own rather than by reading the range's bookings again.
      t.bigint :booking_topic_id, null: false
      t.datetime :starts_at, null: false
      # The volunteer who held it; a plain id, as on bookings.
      t.bigint :user_id, null: false
      t.integer :kind, null: false
      t.datetime :created_at, null: false
    end

    add_index :volunteer_booking_give_backs,
              %i[booking_topic_id starts_at],
              include: [:user_id],
              name: "idx_volunteer_booking_give_backs_on_topic_and_start"
    add_index :volunteer_booking_give_backs,
              :starts_at,
              include: [:user_id],
              name: "idx_volunteer_booking_give_backs_on_start"
    add_index :volunteer_booking_give_backs,
              :booking_id,
              name: "idx_volunteer_booking_give_backs_on_booking"
    add_foreign_key :volunteer_booking_give_backs,
                    :volunteer_booking_bookings,
                    column: :booking_id,
                    on_delete: :cascade
  end
end
