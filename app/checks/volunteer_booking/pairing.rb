# frozen_string_literal: true

module VolunteerBooking
  # Who may be put in a session, beyond the Policy's roles: nobody silenced
  # or suspended books, picks up or is handed a booking, and a booker and a
  # volunteer who ignore or mute each other are never paired. Refusals name
  # nobody's choices: whom someone ignores or mutes is private.
  module Pairing
    def self.restricted?(user)
      user.nil? || user.silenced? || user.suspended?
    end

    # Either of the two ignores or mutes the other.
    def self.apart?(user_id, other_id)
      return false if user_id.nil? || other_id.nil? || user_id == other_id
      ids = [user_id, other_id]
      ::IgnoredUser.where(user_id: ids, ignored_user_id: ids).exists? ||
        ::MutedUser.where(user_id: ids, muted_user_id: ids).exists?
    end
  end
end
