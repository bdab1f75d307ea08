# frozen_string_literal: true

# The plugin's plain-Ruby core without Discourse, as the benches use it.
require "active_support"
require "active_support/time"

require_relative "../../lib/volunteer_booking/core_files"
VolunteerBooking::CoreFiles.paths.each { |path| require path }
