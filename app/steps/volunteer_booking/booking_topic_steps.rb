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

    # Who may book or ask for another time at all; the topic's own rules
    # (trust level, pause, limits) come with a translated reason from
    # BookingRules later.
    def signed_in(guardian:, booking_topic:)
      PolicyFactory.for(guardian, booking_topic).signed_in?
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

    # A trashed topic is not found at all (Topic's default scope); a closed
    # or archived one still shows its bookings, which can be cancelled, but
    # takes no new bookings or requests.
    def ensure_topic_open(booking_topic:)
      topic = booking_topic.topic
      fail!(I18n.t("volunteer_booking.errors.topic_closed")) if topic.closed? || topic.archived?
    end

    # Open pages of the topic reload its slots (LiveUpdates), and its week's
    # gap message follows the rota (GapRecruiting).
    def publish_slots_changed(booking_topic:)
      LiveUpdates.slots_changed(booking_topic)
      GapRecruiting.rota_changed(booking_topic)
    end
  end
end
