# frozen_string_literal: true

module VolunteerBooking
  # The params of FetchStats and ExportStats: a booking topic, or none for
  # all of them together, and the first and last day (StatsRange's
  # defaults when left out).
  class StatsParams < StrictParams
    attribute :topic_id, :integer
    attribute :from, :date
    attribute :to, :date
  end
end
