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
    model :booking_topic
    policy :can_configure
    step :collect_choices

    private

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
