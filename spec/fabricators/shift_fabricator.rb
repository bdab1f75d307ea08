# frozen_string_literal: true

Fabricator(:volunteer_booking_shift, from: "VolunteerBooking::Shift") do
  booking_topic { Fabricate(:volunteer_booking_topic) }
  weekday 3
  starts_at "13:00"
  ends_at "17:00"
  time_zone "Europe/London"
end
