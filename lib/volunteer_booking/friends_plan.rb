# frozen_string_literal: true

require "digest"
require "json"

module VolunteerBooking
  # The Friends setup applies the plan the admin reviewed, never one worked
  # out afresh: the admin's screen sends back the plan's digest and the
  # categories they confirmed. A plan is the list of changes
  # Friends::ChatAccess.changes describes (plain hashes); anything that
  # would change it in between (a new booking topic's channel, a category's
  # permissions, the group made by hand) changes the digest.
  module FriendsPlan
    Result = BookingRules::Result

    def self.digest(changes)
      Digest::SHA256.hexdigest(JSON.generate(changes))
    end

    # Ok with the confirmed categories' ids, in the plan's order, or
    # plan_changed. Categories the admin left unticked stay as they are.
    def self.confirm(changes:, digest:, category_ids:)
      return Result.failure(:plan_changed) if digest != digest(changes)
      planned =
        changes.filter_map { |change| change[:category_id] if change[:type] == "open_category" }
      return Result.failure(:plan_changed) if !(category_ids - planned).empty?
      Result.ok(planned & category_ids)
    end
  end
end
