# frozen_string_literal: true

# name: discourse-volunteer-booking
# about: Forum users book a short 1:1 session with a volunteer from a topic; volunteers keep a rota and pick sessions up in chat.
# version: 0.1.0
# authors: discourse-volunteer-booking contributors
# url: https://github.com/discourse-volunteer-booking/discourse-volunteer-booking
# required_version: 2026.7.0

enabled_site_setting :volunteer_booking_enabled

register_asset "stylesheets/common/index.scss"
# Staff only (Discourse PR #40345): the Friends tab and the admin user
# page's Friends button.
register_asset "stylesheets/admin/friends-admin.scss", :admin
register_svg_icon "user-minus"
register_svg_icon "plane"
register_svg_icon "calendar-check"
register_svg_icon "hourglass-half"
register_svg_icon "calendar-xmark"
register_svg_icon "clipboard-check"

add_admin_route "volunteer_booking.admin.title",
                "discourse-volunteer-booking",
                use_new_show_route: true

module ::VolunteerBooking
  PLUGIN_NAME = "discourse-volunteer-booking"
end

require_relative "lib/volunteer_booking/log_filter"
Rails.application.config.filter_parameters.push(*VolunteerBooking::LogFilter::PARAMETERS)

require_relative "lib/volunteer_booking/engine"

after_initialize do
  reloadable_patch do
    Topic.prepend(VolunteerBooking::TopicExtension)
    User.prepend(VolunteerBooking::UserExtension)
    VolunteerBooking::ExportUserArchiveExtension.install
  end

  # A gone account's bookings keep their counts but lose its answers and
  # name; its sessions to come are cancelled or go back to the queue
  # (AccountCleanUp). Deletion fires its event after commit, so a failure
  # here is logged, not raised into the deletion; and whatever these miss
  # (the plugin was off, or they failed) the daily catch-up repairs.
  on(:user_anonymized) do |user:, **|
    VolunteerBooking::SideEffect.safely("cleaning up after anonymised user #{user.id}") do
      VolunteerBooking::AccountCleanUp.user_gone(user.id, username: user.username)
    end
  end
  on(:user_destroyed) do |user|
    VolunteerBooking::SideEffect.safely("cleaning up after deleted user #{user.id}") do
      VolunteerBooking::AccountCleanUp.user_gone(user.id, username: user.username)
    end
  end
  on(:user_removed_from_group) do |user, group|
    VolunteerBooking::SideEffect.safely("releasing sessions of user #{user.id}") do
      VolunteerBooking::AccountCleanUp.left_group(user, group)
    end
  end
  on_enabled_change do |_old_value, new_value|
    Jobs.enqueue(Jobs::VolunteerBooking::CatchUp) if new_value
  end

  # A click on a chat message button, e.g. a booking announcement's "Pick up".
  # Runs inside the click's request; the handler ignores other buttons and
  # never raises.
  on(:chat_message_interaction) do |interaction|
    VolunteerBooking::ChatInteraction.handle(interaction)
  end

  # A new Friend gets a welcome message, however they were added.
  on(:user_added_to_group) do |user, group, automatic: false|
    VolunteerBooking::Friends::Welcome.added(user, group, automatic: automatic)
  end

  # The limits every form checks before sending, once per page load rather
  # than with each response that opens a form.
  add_to_serializer(:site, :volunteer_booking_limits) { VolunteerBooking::Limits.client }

  # A booking topic's public settings travel with the topic. Cost on every
  # topic page: one indexed lookup (volunteer_booking_topics.topic_id, the
  # has_one, memoised for the block). On booking topics also their shifts
  # and the viewer's group ids, for the permissions.
  add_to_serializer(
    :topic_view,
    :volunteer_booking,
    include_condition: -> { object.topic.volunteer_booking_topic.present? },
  ) do
    VolunteerBooking::BookingTopicSerializer.new(
      object.topic.volunteer_booking_topic,
      scope: scope,
      root: false,
    ).as_json
  end
end
