# frozen_string_literal: true

# Where a booker and a volunteer meet (VolunteerBooking::CallLink): the
# topic's mode and template, each booking's token and link, and the link a
# volunteer keeps for "the volunteer's own link". The CHECKs keep what the
# core checks in a form no other writer can break: a link is https with no
# space or control character in it, a token is 128 bits or more.
class AddMeetingPlaceToVolunteerBooking < ActiveRecord::Migration[7.2]
  LINK = "~ '^https://[!-~]+$'"

  def change
    add_column :volunteer_booking_topics,
               :meeting_mode,
               :string,
               limit: 20,
               null: false,
               default: "private_message"
    add_column :volunteer_booking_topics, :call_link_template, :string, limit: 500
    add_check_constraint :volunteer_booking_topics,
                         "meeting_mode IN ('call_link_template', 'volunteer_link', 'private_message')",
                         name: "volunteer_booking_topics_meeting_mode_known"
    add_check_constraint :volunteer_booking_topics,
                         "meeting_mode <> 'call_link_template' OR call_link_template IS NOT NULL",
                         name: "volunteer_booking_topics_template_for_its_mode"
    add_check_constraint :volunteer_booking_topics,
                         "call_link_template #{LINK}",
                         name: "volunteer_booking_topics_call_link_template_https"

    # The token is drawn once per booking and kept, so the room stays the
    # same when the template's wording around it changes; the link is the
    # one people are told, so it changes only when they are told.
    add_column :volunteer_booking_bookings, :call_token, :string, limit: 64
    add_column :volunteer_booking_bookings, :call_link, :string, limit: 500
    add_check_constraint :volunteer_booking_bookings,
                         "call_token ~ '^[A-Za-z0-9_-]{22,64}$'",
                         name: "volunteer_booking_bookings_call_token_unguessable"
    add_check_constraint :volunteer_booking_bookings,
                         "call_link #{LINK}",
                         name: "volunteer_booking_bookings_call_link_https"

    create_table :volunteer_booking_volunteer_profiles do |t|
      t.bigint :user_id, null: false
      t.string :call_link, limit: 500
      t.timestamps
    end
    add_index :volunteer_booking_volunteer_profiles,
              :user_id,
              unique: true,
              name: "idx_volunteer_booking_volunteer_profiles_on_user"
    add_check_constraint :volunteer_booking_volunteer_profiles,
                         "call_link #{LINK}",
                         name: "volunteer_booking_volunteer_profiles_call_link_https"
  end
end
