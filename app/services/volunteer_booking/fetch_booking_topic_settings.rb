# frozen_string_literal: true

module VolunteerBooking
  # What an organiser edits: the topic's booking settings, or the site's
  # defaults for a topic that is not a booking topic yet (only staff may
  # turn a topic into one).
  class FetchBookingTopicSettings
    include Service::Base
    include TopicSettingsSteps

    MAX_CHOICES = 200

    params(base_class: StrictParams) do
      attribute :topic_id, :integer

      validates :topic_id, presence: true
    end

    model :topic
    model :booking_topic, :find_or_build_booking_topic
    policy :can_configure_settings
    step :collect_choices
    step :count_rota_entries

    private

    # Removing a shift takes its rota entries with it: the organiser is
    # told how many before confirming.
    def count_rota_entries(booking_topic:)
      context[:rota_entry_counts] = RotaEntry
        .current
        .where(shift_id: booking_topic.shifts.select(:id))
        .group(:shift_id)
        .count
    end

    def collect_choices(guardian:)
      context[:choices] = {
        groups: group_choices(guardian),
        chat_channels: chat_channel_choices(guardian),
      }
    end

    def group_choices(guardian)
      Choices
        .groups(guardian, limit: MAX_CHOICES)
        .map { |group| { id: group.id, name: group.full_name.presence || group.name } }
    end

    def chat_channel_choices(guardian)
      Choices
        .chat_channels(guardian, limit: MAX_CHOICES)
        .map do |channel|
          { id: channel.id, name: channel.name.presence || channel.chatable&.name.to_s }
        end
    end
  end
end
