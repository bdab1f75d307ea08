# frozen_string_literal: true

module VolunteerBooking
  # api-types.ts FriendMember: a Friends::Group::Member.
  class FriendMemberSerializer < ::ApplicationSerializer
    attributes :user, :owner, :added_at, :added_by

    def user
      basic_user(object.user)
    end

    def owner
      object.owner
    end

    def added_at
      object.added_at.utc.iso8601
    end

    def added_by
      basic_user(object.added_by)
    end

    private

    def basic_user(user)
      BasicUserSerializer.new(user, scope: scope, root: false).as_json if user
    end
  end
end
