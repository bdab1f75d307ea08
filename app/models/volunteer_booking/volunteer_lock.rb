# frozen_string_literal: true

module VolunteerBooking
  # A transaction-scoped PostgreSQL advisory lock per volunteer, taken before
  # deciding that they can hold one more session (pick-up, hand-over to
  # them, moving a session they hold). Row locks cannot do this: the rows
  # that would clash are other bookings, possibly in other topics, that
  # nobody is updating. Released when the transaction ends.
  #
  # Lock order, to stay clear of deadlocks: a booking topic's row, then a
  # booking's row, then the volunteer, and only once that booking is known to
  # be picked up. Pick-up goes the other way (the volunteer, then its UPDATE
  # of a pending booking's row), which is safe because nobody holding a
  # pending booking's row waits for a volunteer.
  #
  # The :time_off lock is the same per person for adding time off
  # (TimeOff.allowance_refusal); it is taken with no other lock held, and
  # is separate so that it never waits for a pick-up.
  module VolunteerLock
    # The first key of the two-key form, so the plugin's locks cannot meet
    # anyone else's single-key ones; "VBvl" and "VBto" in ASCII.
    NAMESPACES = { sessions: 0x5642_766C, time_off: 0x5642_746F }.freeze

    def self.hold(volunteer_id, purpose = :sessions)
      connection = ActiveRecord::Base.connection
      if !connection.transaction_open?
        raise ArgumentError, "VolunteerLock.hold needs an open transaction"
      end
      # execute: the function returns void, which select_value cannot type.
      connection.execute(
        ActiveRecord::Base.sanitize_sql_array(
          ["SELECT pg_advisory_xact_lock(?, ?)", NAMESPACES.fetch(purpose), Integer(volunteer_id)],
        ),
      )
    end
  end
end
