# frozen_string_literal: true

Fabricator(:volunteer_booking_rota_entry, from: "VolunteerBooking::RotaEntry") do
  shift { Fabricate(:volunteer_booking_shift) }
  user
end
