# frozen_string_literal: true

module VolunteerBooking
  # The Friends setup, safe to run again: creates the Friends group if it is
  # missing, lets it read and post in the category of every booking topic's
  # chat channel (adding to the category's permissions, never replacing
  # them), then adds it to chat_allowed_groups (keeping every group there)
  # through Discourse's logged path, so the change is in the staff action
  # log. Needs chat to be on. A second run finds nothing to do and changes
  # nothing.
  class SetUpFriends
    include Service::Base
    include FriendsSteps

    policy :can_manage_friends
    step :ensure_chat_enabled

    transaction do
      step :find_or_create_group
      step :open_categories
    end

    # After the transaction: a site setting change is seen by every process
    # at once and cannot be rolled back with it.
    step :allow_chat
    step :join_channels
    model :state, :fetch_state

    private

    def ensure_chat_enabled
      fail!(I18n.t("volunteer_booking.errors.chat_unavailable")) if !Friends.chat_enabled?
    end

    def find_or_create_group(guardian:)
      group = Friends.group || Friends.create_group(guardian.user)
      fail!(group.errors.full_messages) if !group.persisted?
      context[:group] = group
    end

    def open_categories(group:, guardian:)
      context[:opened] = Friends.closed_categories(Friends.channels(group))
      context[:opened].each { |category| Friends.open_category(category, group, guardian.user) }
    end

    def allow_chat(group:, guardian:)
      return if Friends.chat_allowed?(group)
      SiteSetting.set_and_log(
        :chat_allowed_groups,
        (SiteSetting.chat_allowed_groups_map | [group.id]).join("|"),
        guardian.user,
      )
    end

    # Saving a category does not tell chat (only the categories controller
    # does), so members join the newly opened channels now rather than at
    # chat's next hourly pass.
    def join_channels(opened:)
      opened.each { |category| ::Chat::AutoJoinChannels.call(params: { category_id: category.id }) }
    end
  end
end
