# frozen_string_literal: true

module VolunteerBooking
  # The open slots of a booking topic, full ones included, for anyone who
  # can see the topic (visitors too: they are asked to sign up when they
  # pick one). A paused topic shows its message instead, so it has none.
  class FetchSlots
    include Service::Base
    include BookingTopicSteps

    params(base_class: StrictParams) do
      attribute :topic_id, :integer

      validates :topic_id, presence: true
    end

    model :booking_topic
    step :compute_slots

    private

    def compute_slots(booking_topic:)
      context[:slots] = booking_topic.paused ? [] : SlotSource.slots(booking_topic)
    end
  end
end
