# frozen_string_literal: true

class AddFeedbackToVolunteerBookingBookings < ActiveRecord::Migration[7.2]
  def change
    add_column :volunteer_booking_bookings, :feedback, :string, limit: 16
    add_column :volunteer_booking_bookings, :feedback_comment, :text
    add_column :volunteer_booking_bookings, :feedback_at, :datetime
  end
end
