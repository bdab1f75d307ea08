# frozen_string_literal: true

# The years 1 to 9999 the models keep dates to (VolunteerBooking::Storable),
# kept by PostgreSQL too: its own range is far wider and takes 'infinity',
# which ActiveRecord reads back as a Float that no date comparison survives.
class AddVolunteerBookingDateRangeCheckConstraints < ActiveRecord::Migration[7.2]
  def change
    add_check_constraint :volunteer_booking_bookings,
                         "starts_at >= '0001-01-01' AND ends_at < '10000-01-01'",
                         name: "volunteer_booking_bookings_times_in_range"
    add_check_constraint :volunteer_booking_rota_entries,
                         "on_date BETWEEN '0001-01-01' AND '9999-12-31'",
                         name: "volunteer_booking_rota_entries_on_date_in_range"
    add_check_constraint :volunteer_booking_time_offs,
                         "starts_on >= '0001-01-01' AND ends_on <= '9999-12-31'",
                         name: "volunteer_booking_time_offs_dates_in_range"
  end
end
