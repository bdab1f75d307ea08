# frozen_string_literal: true

module VolunteerBooking
  # The Friends: helpers who are not in a member co-op, given chat access
  # through a group of their own. The group itself (ChatAccess gives it chat,
  # Welcome greets who joins it, State is what the admin's Friends tab shows)
  # is read by the admin's Friends services and by the booking topic
  # settings; changed only by SetUpFriends, AddFriends and RemoveFriend (and
  # by Discourse's own group pages).
  module Friends
    # The group as created:
    # - seen by signed-in users (so they can find it and ask to join), not by
    #   visitors; its members are seen by members and staff only;
    # - joined by asking (the request template asks which co-op or project
    #   they help with) and an owner or admin approving, never freely, since
    #   membership grants chat; members may leave on their own;
    # - mentioned and messaged by its members and staff only.
    module Group
      MAX_MEMBERS = 500

      # A member with when and by whom they were added (nil when the group's
      # log does not say, e.g. added before the log was kept).
      Member = Struct.new(:user, :owner, :added_at, :added_by, keyword_init: true)

      def self.configured_name
        SiteSetting.volunteer_booking_friends_group_name.to_s.strip
      end

      def self.configured_full_name
        SiteSetting.volunteer_booking_friends_group_full_name.to_s.strip
      end

      # The Friends group, or nil before the setup has run.
      def self.find
        return if configured_name.empty?
        ::Group.find_by("LOWER(name) = ?", configured_name.downcase)
      end

      def self.is?(group)
        group.name.casecmp?(configured_name)
      end

      # Creates the group with owner as its owner (Discourse lets a group take
      # membership requests only when it has one; owners get the requests) and
      # logs it in the group's log. Returns the group, unsaved with its errors
      # if Discourse refused it (e.g. a user already has that name).
      def self.create(owner)
        group = ::Group.new(new_attributes)
        group.group_users.build(user: owner, owner: true)
        ::GroupActionLogger.new(owner, group).log_group_creation if group.save
        group
      end

      # In the site's language: the group's texts are seen by everyone.
      def self.new_attributes
        I18n.with_locale(SiteSetting.default_locale) do
          {
            name: configured_name,
            full_name: configured_full_name.presence,
            bio_raw: I18n.t("volunteer_booking.friends.bio"),
            visibility_level: ::Group.visibility_levels[:logged_on_users],
            members_visibility_level: ::Group.visibility_levels[:members],
            mentionable_level: ::Group::ALIAS_LEVELS[:members_mods_and_admins],
            messageable_level: ::Group::ALIAS_LEVELS[:members_mods_and_admins],
            allow_membership_requests: true,
            membership_request_template: I18n.t("volunteer_booking.friends.request_template"),
            public_admission: false,
            public_exit: true,
          }
        end
      end

      # The newest members first, with the admin who added each, read from
      # the group's log: the latest "added" entry since they joined.
      def self.members(group)
        return [] if group.nil?
        group_users = group.group_users.includes(:user).order(created_at: :desc).limit(MAX_MEMBERS)
        group_users = group_users.select(&:user)
        adds =
          ::GroupHistory
            .where(
              group_id: group.id,
              action: ::GroupHistory.actions[:add_user_to_group],
              target_user_id: group_users.map(&:user_id),
            )
            .includes(:acting_user)
            .order(created_at: :desc)
            .group_by(&:target_user_id)
        group_users.map do |group_user|
          added =
            adds[group_user.user_id]&.find do |history|
              history.created_at >= group_user.created_at - 1.minute
            end
          Member.new(
            user: group_user.user,
            owner: group_user.owner,
            added_at: group_user.created_at,
            added_by: added&.acting_user,
          )
        end
      end

      private_class_method :new_attributes
    end
  end
end
