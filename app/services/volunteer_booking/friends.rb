# frozen_string_literal: true

module VolunteerBooking
  # The Friends: helpers who are not in a member co-op, given chat access
  # through a group of their own. What the group looks like when the plugin
  # creates it, where it stands (chat access, the booking topics' chat
  # channels) and who is in it. Read by the admin's Friends services and by
  # the booking topic settings; changed only by SetUpFriends, AddFriends and
  # RemoveFriend (and by Discourse's own group pages).
  #
  # The group as created:
  # - seen by signed-in users (so they can find it and ask to join), not by
  #   visitors; its members are seen by members and staff only;
  # - joined by asking (the request template asks which co-op or project
  #   they help with) and an owner or admin approving, never freely, since
  #   membership grants chat; members may leave on their own;
  # - mentioned and messaged by its members and staff only.
  module Friends
    # Category permissions that let a group read and post there, and so
    # join the category's chat channel (as chat's AutoJoinChannels reads them).
    POSTING_PERMISSIONS = [
      CategoryGroup.permission_types[:create_post],
      CategoryGroup.permission_types[:full],
    ].freeze
    MAX_MEMBERS = 500
    MAX_WELCOME_TOPICS = 10

    # Everything the admin's Friends tab shows (FriendsStateSerializer).
    State =
      Struct.new(
        :chat_enabled,
        :group,
        :group_name,
        :group_full_name,
        :chat_allowed,
        :channels,
        :changes,
        :plan_digest,
        :members,
        :pending_requests,
        keyword_init: true,
      )
    # A booking topic's chat channel, its category, and whether Friends can
    # read and post there.
    Channel = Struct.new(:channel, :category, :reachable, keyword_init: true)
    # A member with when and by whom they were added (nil when the group's
    # log does not say, e.g. added before the log was kept).
    Member = Struct.new(:user, :owner, :added_at, :added_by, keyword_init: true)

    def self.group_name
      SiteSetting.volunteer_booking_friends_group_name.to_s.strip
    end

    def self.group_full_name
      SiteSetting.volunteer_booking_friends_group_full_name.to_s.strip
    end

    # The Friends group, or nil before the setup has run.
    def self.group
      return if group_name.empty?
      ::Group.find_by("LOWER(name) = ?", group_name.downcase)
    end

    def self.group?(group)
      group.name.casecmp?(group_name)
    end

    # Chat is installed and switched on.
    def self.chat_enabled?
      !!defined?(::Chat::Channel) && SiteSetting.chat_enabled
    end

    def self.chat_allowed?(group)
      return false if group.nil? || !chat_enabled?
      allowed = SiteSetting.chat_allowed_groups_map
      allowed.include?(group.id) || allowed.include?(::Group::AUTO_GROUPS[:everyone])
    end

    # The Friends group's id for a new booking topic's volunteer groups,
    # once the setup has given it chat access; else none.
    def self.preselected_group_ids
      friends = group
      chat_allowed?(friends) ? [friends.id] : []
    end

    # A public category is open to everyone; a restricted one to the groups
    # that may post there.
    def self.reachable?(category, group)
      return true if !category.read_restricted
      return false if group.nil?
      category.category_groups.any? do |category_group|
        category_group.group_id == group.id &&
          POSTING_PERMISSIONS.include?(category_group.permission_type)
      end
    end

    # The chat channels booking topics announce bookings in, when they are
    # category channels (the only kind the settings offer).
    def self.channels(group)
      return [] if !chat_enabled?
      ids = BookingTopic.where.not(chat_channel_id: nil).distinct.pluck(:chat_channel_id)
      ::Chat::CategoryChannel
        .where(id: ids)
        .includes(chatable: { category_groups: :group })
        .order(:id)
        .filter_map do |channel|
          category = channel.chatable
          next if category.nil?
          Channel.new(channel: channel, category: category, reachable: reachable?(category, group))
        end
    end

    # The categories the setup must open to Friends, one each.
    def self.closed_categories(channels)
      channels.reject(&:reachable).map(&:category).uniq(&:id)
    end

    # Who may do what in a category now, for the admin to review before
    # Friends are let in: the plan's digest covers them.
    def self.permissions(category)
      category
        .category_groups
        .select(&:group)
        .sort_by { |category_group| category_group.group.name }
        .map do |category_group|
          {
            group_name: category_group.group.name,
            permission: CategoryGroup.permission_types.key(category_group.permission_type).to_s,
          }
        end
    end

    # What the setup would do now, in order; empty when all is in place.
    def self.changes(group, channels)
      planned = []
      planned << { type: "create_group", name: group_name, full_name: group_full_name } if !group
      planned << { type: "allow_chat" } if !chat_allowed?(group)
      channels
        .reject(&:reachable)
        .uniq { |channel| channel.category.id }
        .each do |channel|
          planned << {
            type: "open_category",
            category_id: channel.category.id,
            category_name: channel.category.name,
            channel_name: channel.channel.name.presence || channel.category.name,
            read_restricted: channel.category.read_restricted,
            permissions: permissions(channel.category),
          }
        end
      planned
    end

    def self.state
      friends = group
      booking_channels = channels(friends)
      planned = changes(friends, booking_channels)
      State.new(
        chat_enabled: chat_enabled?,
        group: friends,
        group_name: group_name,
        group_full_name: group_full_name,
        chat_allowed: chat_allowed?(friends),
        channels: booking_channels,
        changes: planned,
        plan_digest: FriendsPlan.digest(planned),
        members: members(friends),
        pending_requests: friends ? ::GroupRequest.where(group_id: friends.id).count : 0,
      )
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

    # Creates the group with owner as its owner (Discourse lets a group take
    # membership requests only when it has one; owners get the requests) and
    # logs it in the group's log. Returns the group, unsaved with its errors
    # if Discourse refused it (e.g. a user already has that name).
    def self.create_group(owner)
      group = ::Group.new(new_group_attributes)
      group.group_users.build(user: owner, owner: true)
      ::GroupActionLogger.new(owner, group).log_group_creation if group.save
      group
    end

    # In the site's language: the group's texts are seen by everyone.
    def self.new_group_attributes
      I18n.with_locale(SiteSetting.default_locale) do
        {
          name: group_name,
          full_name: group_full_name.presence,
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

    # Lets the group read and post in category, keeping every permission
    # already there, and puts the change in the staff action log.
    def self.open_category(category, group, acting_user)
      old_permissions = category.permissions_params
      permissions =
        old_permissions.merge(group.name => CategoryGroup.permission_types[:create_post])
      category.set_permissions(permissions)
      category.save!
      ::StaffActionLogger.new(acting_user).log_category_settings_change(
        category,
        { permissions: permissions },
        old_permissions: old_permissions,
      )
    end

    # Called for every addition to any group: a new Friend (not one added
    # by an automatic rule) gets the welcome message.
    def self.added(user, group, automatic: false)
      return if automatic || !group?(group)
      Jobs.enqueue(::Jobs::VolunteerBooking::WelcomeFriend, user_id: user.id, group_id: group.id)
    end

    # A private message from the system to a new Friend, in their language,
    # saying what Friends can do (chat, volunteer on the rotas) and where.
    # Nothing when they are no longer in the group by the time it runs.
    def self.welcome(user_id:, group_id:)
      user = ::User.find_by(id: user_id)
      group = ::Group.find_by(id: group_id)
      if user.nil? || group.nil? || !::GroupUser.exists?(group_id: group.id, user_id: user.id)
        return
      end

      I18n.with_locale(user.effective_locale) do
        PostCreator.create!(
          Discourse.system_user,
          title: I18n.t("volunteer_booking.friends.welcome.title", group: group_label(group)),
          raw: welcome_text(user, group),
          archetype: Archetype.private_message,
          target_usernames: user.username,
          skip_validations: true,
        )
      end
    end

    def self.welcome_text(user, group)
      topics =
        BookingTopic
          .includes(:topic)
          .order(:id)
          .limit(MAX_WELCOME_TOPICS)
          .map(&:topic)
          .select { |topic| topic && Guardian.new(user).can_see?(topic) }
      lines = [
        I18n.t(
          "volunteer_booking.friends.welcome.body",
          username: user.username,
          group: group_label(group),
          chat_url: "#{Discourse.base_path}/chat",
          group_url: "#{Discourse.base_path}/g/#{group.name}",
        ),
      ]
      if topics.any?
        lines << I18n.t("volunteer_booking.friends.welcome.topics")
        lines << topics.map { |topic| "- [#{topic.title}](#{topic.relative_url})" }.join("\n")
      end
      lines.join("\n\n")
    end

    def self.group_label(group)
      group.full_name.presence || group.name
    end

    private_class_method :welcome_text, :group_label, :new_group_attributes, :permissions
  end
end
