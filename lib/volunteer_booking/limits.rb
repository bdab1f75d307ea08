# frozen_string_literal: true

require "json"

module VolunteerBooking
  # The one table of limits (contract/limits.json): setting ranges and their
  # defaults, text lengths in characters and caps on counts. The constants of
  # the core and the shell are read from here, the client gets the table with
  # the site on every page (.client), and the in-memory API reads
  # the same file, so a limit changes in one place.
  module Limits
    FILE = File.expand_path("../../contract/limits.json", __dir__)
    TABLE = JSON.parse(File.read(FILE), symbolize_names: true, freeze: true)

    def self.range(name)
      limits = TABLE[:ranges].fetch(name)
      limits[:min]..limits[:max]
    end

    def self.default(name)
      TABLE[:ranges].fetch(name).fetch(:default)
    end

    def self.length(name)
      TABLE[:lengths].fetch(name)
    end

    def self.count(name)
      TABLE[:counts].fetch(name)
    end

    # What the forms check before sending, sent with the site to every page
    # (plugin.rb): the whole table, so no screen writes a limit of its own.
    def self.client
      TABLE
    end
  end
end
