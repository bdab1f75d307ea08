# frozen_string_literal: true

module VolunteerBooking
  # Steps shared by the services that act on an existing booking topic: the
  # booking topic of the topic in params (if the user can see the topic), and
  # whether the user may configure it; and telling open pages of a change.
  module BookingTopicSteps
    private

    def fetch_booking_topic(params:, guardian:)
      BookingTopic.find_visible(params.topic_id, guardian)
    end

    def can_configure(guardian:, booking_topic:)
      PolicyFactory.for(guardian, booking_topic).can_configure?
    end

    # The rota and its gaps are for the topic's volunteers and organisers.
    def can_see_rota(guardian:, booking_topic:)
      policy = PolicyFactory.for(guardian, booking_topic)
      policy.can_edit_own_rota? || policy.can_edit_rota?
    end

    # Booking takes the same lock (Placement), so shift changes and
    # bookings of one topic take turns.
    def lock_booking_topic(booking_topic:)
      booking_topic.lock!
    end

    # Open pages of the topic reload its slots (LiveUpdates), and its week's
    # gap message follows the rota (GapRecruiting).
    def publish_slots_changed(booking_topic:)
      LiveUpdates.slots_changed(booking_topic)
      GapRecruiting.rota_changed(booking_topic)
    end
  end
end
