# frozen_string_literal: true

# A booking topic's settings for booking requests: whether bookers may ask
# for another time at all, and after how many days nobody taking one
# closes it.
class AddRequestsToVolunteerBookingTopics < ActiveRecord::Migration[7.2]
  def change
    add_column :volunteer_booking_topics, :requests_enabled, :boolean, null: false, default: true
    add_column :volunteer_booking_topics, :request_expiry_days, :integer, null: false, default: 14
    add_check_constraint :volunteer_booking_topics,
                         "request_expiry_days BETWEEN 1 AND 60",
                         name: "volunteer_booking_topics_request_expiry_days_range"
  end
end
