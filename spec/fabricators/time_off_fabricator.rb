# frozen_string_literal: true

Fabricator(:volunteer_booking_time_off, from: "VolunteerBooking::TimeOff") do
  user
  starts_on { Date.new(2026, 12, 14) }
  ends_on { Date.new(2026, 12, 20) }
end
