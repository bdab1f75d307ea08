# frozen_string_literal: true

# A date a weekly rota entry leaves out: "not this Wednesday" without
# taking the volunteer off every week.
class CreateVolunteerBookingRotaSkips < ActiveRecord::Migration[7.2]
  def change
    create_table :volunteer_booking_rota_skips do |t|
      t.bigint :rota_entry_id, null: false
      t.date :on_date, null: false
      t.timestamps
    end

    # One skip an entry and date; also what the slot source and OnDuty read.
    add_index :volunteer_booking_rota_skips,
              %i[rota_entry_id on_date],
              unique: true,
              name: "idx_volunteer_booking_rota_skips_on_entry_and_date"
    add_foreign_key :volunteer_booking_rota_skips,
                    :volunteer_booking_rota_entries,
                    column: :rota_entry_id,
                    on_delete: :cascade
    add_check_constraint :volunteer_booking_rota_skips,
                         "on_date BETWEEN '0001-01-01' AND '9999-12-31'",
                         name: "volunteer_booking_rota_skips_on_date_in_range"
  end
end
