# frozen_string_literal: true

# Gap recruiting (VolunteerBooking::Gaps): how many volunteers each shift
# wants, the topic's weekly gap message and what it has sent, and each
# volunteer's choice to hear of gaps. Defaults keep existing shifts,
# topics and volunteers as they were: one volunteer wanted, no message,
# no notifications.
class AddGapRecruitingToVolunteerBooking < ActiveRecord::Migration[7.2]
  def change
    add_column :volunteer_booking_shifts, :volunteers_wanted, :integer, null: false, default: 1
    add_check_constraint :volunteer_booking_shifts,
                         "volunteers_wanted BETWEEN 1 AND 20",
                         name: "volunteer_booking_shifts_volunteers_wanted_range"

    add_column :volunteer_booking_topics,
               :gap_messages_enabled,
               :boolean,
               null: false,
               default: false
    # Date#wday and the hour in the topic's main zone (Gaps.main_zone).
    add_column :volunteer_booking_topics, :gap_message_weekday, :integer, null: false, default: 1
    add_column :volunteer_booking_topics, :gap_message_hour, :integer, null: false, default: 9
    add_column :volunteer_booking_topics, :gap_horizon_weeks, :integer, null: false, default: 2
    # The chat message sent last, to edit as gaps fill, and the Monday of
    # the week it was sent for: never twice a week.
    add_column :volunteer_booking_topics, :gap_message_id, :bigint
    add_column :volunteer_booking_topics, :gap_message_week, :date
    add_check_constraint :volunteer_booking_topics,
                         "gap_message_weekday BETWEEN 0 AND 6 AND gap_message_hour BETWEEN 0 AND 23 " \
                           "AND gap_horizon_weeks BETWEEN 1 AND 8",
                         name: "volunteer_booking_topics_gap_message_ranges"

    add_column :volunteer_booking_volunteer_profiles,
               :notify_gaps,
               :boolean,
               null: false,
               default: false
  end
end
