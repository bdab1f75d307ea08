# frozen_string_literal: true

# The plugin's plain-Ruby core without Discourse, as the benches use it.
require "active_support"
require "active_support/time"

# Limits first: the other files read their constants from it.
require_relative "../../lib/volunteer_booking/limits"
Dir[File.expand_path("../../lib/volunteer_booking/*.rb", __dir__)].sort.each do |path|
  name = File.basename(path)
  require path unless name == "engine.rb" || name.end_with?("_extension.rb")
end
