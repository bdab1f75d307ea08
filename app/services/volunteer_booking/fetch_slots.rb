# frozen_string_literal: true

module VolunteerBooking
  # The open slots of a booking topic, full ones included, for anyone who
  # can see the topic (visitors too: they are asked to sign up when they
  # pick one). A paused topic shows its message instead, so it has none.
  # At most Page::SIZES[:slots] at a time, soonest first; the page's cursor
  # asks for the ones after.
  class FetchSlots
    include Service::Base
    include BookingTopicSteps

    # Slots are sorted by start then shift, which together name one.
    CURSOR_KEYS = %i[time integer].freeze

    params(base_class: StrictParams) do
      attribute :topic_id, :integer
      attribute :cursor, :string

      validates :topic_id, presence: true
      validates_with CursorValidator, attributes: %i[cursor], keys: CURSOR_KEYS
    end

    model :booking_topic
    step :compute_slots

    private

    def compute_slots(booking_topic:, params:)
      slots = booking_topic.paused ? [] : SlotSource.slots(booking_topic)
      after = Page.decode(params.cursor, CURSOR_KEYS)
      context[:page] = Page.after(slots, after, Page::SIZES[:slots]) do |slot|
        [slot.starts_at, slot.shift_id]
      end
    end
  end
end
