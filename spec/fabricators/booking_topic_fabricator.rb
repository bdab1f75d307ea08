# frozen_string_literal: true

Fabricator(:volunteer_booking_topic, from: "VolunteerBooking::BookingTopic") do
  topic
  intake_questions { VolunteerBooking::BookingTopic.default_questions }
  volunteer_guide "Listen to their story and encourage them."
end
