# frozen_string_literal: true

# name: discourse-volunteer-booking
# about: Forum users book a short 1:1 session with a volunteer from a topic; volunteers keep a rota and pick sessions up in chat.
# version: 0.1.0
# authors: discourse-volunteer-booking contributors
# url: https://github.com/discourse-volunteer-booking/discourse-volunteer-booking
# required_version: 2026.1.0

enabled_site_setting :volunteer_booking_enabled

register_asset "stylesheets/common/index.scss"

module ::VolunteerBooking
  PLUGIN_NAME = "discourse-volunteer-booking"
end

require_relative "lib/volunteer_booking/engine"

after_initialize {}
