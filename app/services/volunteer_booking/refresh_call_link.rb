# frozen_string_literal: true

module VolunteerBooking
  # An organiser draws a new token for a booking's call link (it leaked,
  # say): the link changes, calendars that imported the .ics move to it
  # (SEQUENCE), and the booker is told in the private message, if there is
  # one yet, and by a notification that carries no link.
  class RefreshCallLink
    include Service::Base
    include RateLimits
    include BookingSteps

    params(base_class: StrictParams) do
      attribute :booking_id, :integer

      validates :booking_id, presence: true
    end

    model :booking
    policy :can_refresh_call_link
    limit_per_hour :fresh_call_link

    transaction do
      step :lock_booking
      step :ensure_active
      step :ensure_link_per_booking
      step :refresh
    end

    step :tell_booker

    private

    def can_refresh_call_link(guardian:, booking:)
      booking_policy(guardian, booking).can_refresh_call_link?(booking.policy_attributes)
    end

    # Only a link drawn from the topic's template can be drawn again; a
    # volunteer's own link is theirs to change.
    def ensure_link_per_booking(booking:)
      return if booking.booking_topic.call_links_per_booking?
      fail!(I18n.t("volunteer_booking.errors.call_link_not_per_booking"))
    end

    def refresh(booking:)
      booking.refresh_call_link!
    end

    def tell_booker(booking:)
      MeetingPlace.tell_booker(booking)
    end
  end
end
