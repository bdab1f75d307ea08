# frozen_string_literal: true

Fabricator(:volunteer_booking_booking, from: "VolunteerBooking::Booking") do
  booking_topic { Fabricate(:volunteer_booking_topic) }
  shift { |attrs| Fabricate(:volunteer_booking_shift, booking_topic: attrs[:booking_topic]) }
  booker { Fabricate(:user) }
  starts_at { Time.utc(2026, 12, 2, 14) }
  ends_at { |attrs| attrs[:starts_at] + 30.minutes }
  status :pending
  answers do
    { "ica_statement" => true, "story" => "I was laid off last month.", "coop_interest" => "" }
  end
end

# Picked up the day before its start (the specs' clock stops on 1 December).
Fabricator(:volunteer_booking_picked_up_booking, from: :volunteer_booking_booking) do
  status :picked_up
  picked_up_at { Time.utc(2026, 12, 1, 11) }
end
