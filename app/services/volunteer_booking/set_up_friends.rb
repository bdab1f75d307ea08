# frozen_string_literal: true

module VolunteerBooking
  # The Friends setup, safe to run again: creates the Friends group if it is
  # missing, lets it read and post in the categories of booking topics' chat
  # channels the admin confirmed (adding to each category's permissions,
  # never replacing them), then adds it to chat_allowed_groups (keeping
  # every group there) through Discourse's logged path, so the change is in
  # the staff action log. Needs chat to be on. It applies exactly the plan
  # the admin reviewed (FriendsPlan), or refuses if that plan has changed.
  class SetUpFriends
    include Service::Base
    include FriendsSteps

    params(base_class: StrictParams) do
      attribute :plan_digest, :string
      attribute :category_ids, :array, default: []

      validates :plan_digest, presence: true
    end

    policy :can_manage_friends
    step :ensure_chat_enabled

    lock do
      # One setup at a time, so the plan checked is the plan applied.
      step :confirm_plan

      transaction do
        step :find_or_create_group
        step :open_categories
      end

      # After the transaction: a site setting change is seen by every
      # process at once and cannot be rolled back with it.
      step :allow_chat
    end

    step :join_channels
    model :state, :fetch_state

    private

    def ensure_chat_enabled
      fail!(I18n.t("volunteer_booking.errors.chat_unavailable")) if !ChatBridge.available?
    end

    def confirm_plan(params:)
      group = Friends::Group.find
      channels = Friends::ChatAccess.channels(group)
      category_ids = Array(params.category_ids)
      fail!(I18n.t("volunteer_booking.errors.plan_changed")) if !category_ids.all?(Integer)
      confirmed =
        FriendsPlan.confirm(
          changes: Friends::ChatAccess.changes(group, channels),
          digest: params.plan_digest,
          category_ids: category_ids,
        )
      fail!(I18n.t(confirmed.i18n_key)) if !confirmed.ok?
      context[:confirmed] = Friends::ChatAccess
        .closed_categories(channels)
        .select { |category| confirmed.value.include?(category.id) }
    end

    def find_or_create_group(guardian:)
      group = Friends::Group.find || Friends::Group.create(guardian.user)
      fail!(group.errors.full_messages) if !group.persisted?
      context[:group] = group
    end

    def open_categories(group:, guardian:, confirmed:)
      confirmed.each do |category|
        Friends::ChatAccess.open_category(category, group, guardian.user)
      end
    end

    def allow_chat(group:, guardian:)
      ChatBridge.allow(group, guardian.user)
    end

    def join_channels(confirmed:)
      confirmed.each { |category| ChatBridge.join_category_channels(category) }
    end
  end
end
