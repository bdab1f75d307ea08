# frozen_string_literal: true

module VolunteerBooking
  # Runs what follows a booking change (chat messages, private messages,
  # notifications) so that it can never undo or break the change itself:
  # an error is logged and swallowed. Inside an open transaction (a chat
  # button's interaction request runs its listeners in one) the work gets a
  # savepoint, so a failed statement rolls back only itself and leaves the
  # surrounding transaction usable.
  module SideEffect
    def self.safely(what)
      if ActiveRecord::Base.connection.transaction_open?
        ActiveRecord::Base.transaction(requires_new: true) { yield }
      else
        yield
      end
    rescue StandardError => e
      Discourse.warn_exception(e, message: "Volunteer booking: #{what} failed")
      nil
    end
  end
end
