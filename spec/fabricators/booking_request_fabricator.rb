# frozen_string_literal: true

# Mondays 09:00-11:00 London, with the default questions' answers.
Fabricator(:volunteer_booking_request, from: "VolunteerBooking::BookingRequest") do
  booking_topic { Fabricate(:volunteer_booking_topic) }
  requester { Fabricate(:user) }
  windows [{ "weekday" => 1, "date" => nil, "from" => "09:00", "to" => "11:00" }]
  time_zone "Europe/London"
  status :open
  answers do
    { "ica_statement" => true, "story" => "I was laid off last month.", "coop_interest" => "" }
  end
end

# Taken the day before the specs' clock stops (1 December).
Fabricator(:volunteer_booking_taken_request, from: :volunteer_booking_request) do
  status :taken
  taker { Fabricate(:user) }
  taken_at { Time.utc(2026, 11, 30, 11) }
end
