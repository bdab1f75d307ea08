# frozen_string_literal: true

module VolunteerBooking
  # The decisions at the end of a booking's or an account's life, on plain
  # data, so that every path that ends one (a booker, an organiser, expiry,
  # an account deleted or anonymised, a volunteer losing access, the daily
  # catch-up) asks the same questions and gets the same answers.
  #
  # A booking here is a hash: { id:, status: (symbol), booker_id:,
  # holder_id:, starts_at:, volunteer_group_ids: }.
  module Lifecycle
    ACTIVE = %i[pending picked_up].freeze

    # Who is told that a booking was cancelled: the booker and the volunteer
    # holding it, but never the person who cancelled it (they know) nor an
    # account that is going (nobody reads it). by_id is nil when nobody
    # chose it (expiry, the system).
    def self.cancel_recipients(booking, by_id:, gone_ids: [])
      [booking[:booker_id], booking[:holder_id]].compact.uniq - [by_id] - gone_ids
    end

    # The bookings a booker's going account gives up: those still to come.
    # Sessions under way or over keep their state, for the counts.
    def self.to_cancel(bookings, booker_id:, now:)
      bookings.select do |booking|
        booking[:booker_id] == booker_id && ACTIVE.include?(booking[:status]) &&
          booking[:starts_at] > now
      end
    end

    # The sessions still to come that volunteer_id holds but may no longer
    # hold: all of them when their account is going (group_ids nil), else
    # those in topics none of whose volunteer groups they are still in.
    def self.to_release(bookings, volunteer_id:, group_ids:, now:)
      bookings.select do |booking|
        booking[:status] == :picked_up && booking[:holder_id] == volunteer_id &&
          booking[:starts_at] > now &&
          (group_ids.nil? || !Array(booking[:volunteer_group_ids]).intersect?(group_ids))
      end
    end
  end
end
