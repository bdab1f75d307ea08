# frozen_string_literal: true

module VolunteerBooking
  # Stops new bookings for a while (holidays), with a message for bookers;
  # with no_follow_ups ticked, the follow-ups after sessions wait too.
  class PauseBookingTopic
    include Service::Base
    include RateLimits
    include BookingTopicSteps

    params(base_class: StrictParams) do
      attribute :topic_id, :integer
      attribute :message, :string
      attribute :no_follow_ups, :boolean, default: false

      validates :topic_id, presence: true
      validates :message, length: { maximum: BookingTopic::PAUSED_MESSAGE_MAX_LENGTH }
    end

    model :booking_topic
    policy :can_configure
    limit_per_hour :settings

    transaction { step :pause }
    step :publish_slots_changed

    private

    def pause(booking_topic:, params:, guardian:)
      booking_topic.update!(
        paused: true,
        paused_message: params.message.presence,
        follow_ups_paused: params.no_follow_ups,
        updated_by: guardian.user,
      )
    end
  end
end
