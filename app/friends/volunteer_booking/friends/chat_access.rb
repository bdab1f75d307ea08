# frozen_string_literal: true

module VolunteerBooking
  module Friends
    # Where the Friends group stands with chat: allowed to use it, and able
    # to read and post in the categories of the booking topics' chat
    # channels; what the setup would change to get there, and the category
    # change itself.
    module ChatAccess
      # Category permissions that let a group read and post there, and so
      # join the category's chat channel (as chat's AutoJoinChannels reads them).
      POSTING_PERMISSIONS = [
        CategoryGroup.permission_types[:create_post],
        CategoryGroup.permission_types[:full],
      ].freeze

      # A booking topic's chat channel, its category, and whether Friends can
      # read and post there.
      Channel = Struct.new(:channel, :category, :reachable, keyword_init: true)

      # The Friends group's id for a new booking topic's volunteer groups,
      # once the setup has given it chat access; else none.
      def self.preselected_group_ids
        friends = Group.find
        ChatBridge.allowed?(friends) ? [friends.id] : []
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
        ids = BookingTopic.where.not(chat_channel_id: nil).distinct.pluck(:chat_channel_id)
        ChatBridge
          .category_channels(ids)
          .filter_map do |channel|
            category = channel.chatable
            next if category.nil?
            Channel.new(
              channel: channel,
              category: category,
              reachable: reachable?(category, group),
            )
          end
      end

      # The categories the setup must open to Friends, one each.
      def self.closed_categories(channels)
        channels.reject(&:reachable).map(&:category).uniq(&:id)
      end

      # What the setup would do now, in order; empty when all is in place.
      def self.changes(group, channels)
        planned = []
        if !group
          planned << {
            type: "create_group",
            name: Group.configured_name,
            full_name: Group.configured_full_name,
          }
        end
        planned << { type: "allow_chat" } if !ChatBridge.allowed?(group)
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

      private_class_method :permissions
    end
  end
end
