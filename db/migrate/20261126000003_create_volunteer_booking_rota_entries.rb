# frozen_string_literal: true

class CreateVolunteerBookingRotaEntries < ActiveRecord::Migration[7.2]
  def change
    create_table :volunteer_booking_rota_entries do |t|
      t.bigint :shift_id, null: false
      t.bigint :user_id, null: false
      t.date :on_date
      t.timestamps
    end

    # A user is on a shift every week at most once (NULL dates are never
    # equal in a unique index, hence one partial index per kind of entry)...
    add_index :volunteer_booking_rota_entries,
              %i[shift_id user_id],
              unique: true,
              where: "on_date IS NULL",
              name: "idx_volunteer_booking_rota_entries_weekly"
    # ...and on a given date at most once.
    add_index :volunteer_booking_rota_entries,
              %i[shift_id user_id on_date],
              unique: true,
              where: "on_date IS NOT NULL",
              name: "idx_volunteer_booking_rota_entries_dated"
    # The rota read: a topic's shifts, weekly entries plus dated ones in a range.
    add_index :volunteer_booking_rota_entries,
              %i[shift_id on_date],
              name: "idx_volunteer_booking_rota_entries_on_shift_and_date"
    # A user's entries (leaving, deleting the user).
    add_index :volunteer_booking_rota_entries,
              :user_id,
              name: "idx_volunteer_booking_rota_entries_on_user"
    add_foreign_key :volunteer_booking_rota_entries,
                    :volunteer_booking_shifts,
                    column: :shift_id,
                    on_delete: :cascade
  end
end
