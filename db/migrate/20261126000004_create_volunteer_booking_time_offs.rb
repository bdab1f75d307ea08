# frozen_string_literal: true

class CreateVolunteerBookingTimeOffs < ActiveRecord::Migration[7.2]
  def change
    create_table :volunteer_booking_time_offs do |t|
      t.bigint :user_id, null: false
      t.date :starts_on, null: false
      t.date :ends_on, null: false
      t.string :note, limit: 200
      t.timestamps
    end

    # A user's current and future time off; the rota's "who is away in this range".
    add_index :volunteer_booking_time_offs,
              %i[user_id ends_on],
              name: "idx_volunteer_booking_time_offs_on_user_and_end"
  end
end
