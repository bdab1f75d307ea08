# frozen_string_literal: true

module VolunteerBooking
  # The admin's Friends tab: where the Friends setup stands (the group, its
  # chat access, the booking topics' chat channels), what running it would
  # change, and who the Friends are. Changes nothing.
  class FetchFriendsState
    include Service::Base
    include FriendsSteps

    policy :can_manage_friends
    model :state, :fetch_state
  end
end
