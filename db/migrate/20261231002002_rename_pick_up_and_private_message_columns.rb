# frozen_string_literal: true

# One word per concept (issue 15): the volunteer holding a booking is its
# holder and its time of pick-up picked_up_at; the booker's and volunteer's
# topic is a private message, as Discourse calls it. Renames keep the data.
# The status needs no UPDATE: it is stored as its number (1), which the
# model now calls picked_up. The CHECK naming the holder is dropped and
# added again under its new name, with the same rule.
class RenamePickUpAndPrivateMessageColumns < ActiveRecord::Migration[7.2]
  SETTINGS = {
    "volunteer_booking_pm_organisers" => "volunteer_booking_private_message_organisers",
  }.freeze

  def up
    remove_check_constraint :volunteer_booking_bookings,
                            name: "volunteer_booking_bookings_claimed_has_picker"
    rename_column :volunteer_booking_bookings, :picker_id, :holder_id
    rename_column :volunteer_booking_bookings, :claimed_at, :picked_up_at
    rename_column :volunteer_booking_bookings, :pm_topic_id, :private_message_topic_id
    rename_column :volunteer_booking_requests, :pm_topic_id, :private_message_topic_id
    rename_index :volunteer_booking_bookings,
                 "idx_volunteer_booking_bookings_on_picker",
                 "idx_volunteer_booking_bookings_on_holder"
    add_check_constraint :volunteer_booking_bookings,
                         "status <> 1 OR holder_id IS NOT NULL",
                         name: "volunteer_booking_bookings_picked_up_has_holder"
    SETTINGS.each { |old, new| rename_setting(old, new) }
  end

  def down
    remove_check_constraint :volunteer_booking_bookings,
                            name: "volunteer_booking_bookings_picked_up_has_holder"
    rename_index :volunteer_booking_bookings,
                 "idx_volunteer_booking_bookings_on_holder",
                 "idx_volunteer_booking_bookings_on_picker"
    rename_column :volunteer_booking_requests, :private_message_topic_id, :pm_topic_id
    rename_column :volunteer_booking_bookings, :private_message_topic_id, :pm_topic_id
    rename_column :volunteer_booking_bookings, :picked_up_at, :claimed_at
    rename_column :volunteer_booking_bookings, :holder_id, :picker_id
    add_check_constraint :volunteer_booking_bookings,
                         "status <> 1 OR picker_id IS NOT NULL",
                         name: "volunteer_booking_bookings_claimed_has_picker"
    SETTINGS.each { |old, new| rename_setting(new, old) }
  end

  private

  # An organiser's choice stays made under the setting's new name.
  def rename_setting(from, to)
    execute <<~SQL
      UPDATE site_settings SET name = #{quote(to)} WHERE name = #{quote(from)}
    SQL
  end

  def quote(value)
    connection.quote(value)
  end
end
