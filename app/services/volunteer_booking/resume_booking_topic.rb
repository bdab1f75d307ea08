# frozen_string_literal: true

module VolunteerBooking
  # Opens a paused booking topic again and drops the pause message.
  class ResumeBookingTopic
    include Service::Base
    include RateLimits
    include BookingTopicSteps

    params(base_class: StrictParams) do
      attribute :topic_id, :integer

      validates :topic_id, presence: true
    end

    model :booking_topic
    policy :can_configure
    limit_per_hour :settings

    transaction { step :resume }
    step :publish_slots_changed

    private

    def resume(booking_topic:, guardian:)
      booking_topic.update!(
        paused: false,
        paused_message: nil,
        follow_ups_paused: false,
        updated_by: guardian.user,
      )
    end
  end
end
