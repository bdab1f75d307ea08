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
  module VolunteerLock
    # The first key of the two-key form, so the plugin's locks cannot meet
    # anyone else's single-key ones; "VBvl" in ASCII.
    NAMESPACE = 0x5642_766C

    def self.hold(volunteer_id)
      connection = ActiveRecord::Base.connection
      if !connection.transaction_open?
        raise ArgumentError, "VolunteerLock.hold needs an open transaction"
      end
      # execute: the function returns void, which select_value cannot type.
      connection.execute(
        ActiveRecord::Base.sanitize_sql_array(
          ["SELECT pg_advisory_xact_lock(?, ?)", NAMESPACE, Integer(volunteer_id)],
        ),
      )
    end
  end
end
