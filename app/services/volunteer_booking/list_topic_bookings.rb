# frozen_string_literal: true

module VolunteerBooking
  # All bookings of a booking topic for its organisers, by start time,
  # optionally of one status and either of the seven days from a date (UTC)
  # or all upcoming (not over yet), or only those that need an outcome
  # (picked up, ended, not marked held or no-show). A page of
  # Page::SIZES[:topic_bookings] at a time; the page's cursor asks for the
  # ones after.
  class ListTopicBookings
    include Service::Base
    include BookingTopicSteps

    params(base_class: StrictParams) do
      attribute :topic_id, :integer
      attribute :status, :string
      attribute :week, :date
      attribute :upcoming, :boolean, default: false
      attribute :needs_outcome, :boolean, default: false
      attribute :cursor, :string

      validates :topic_id, presence: true
      validates :status, inclusion: { in: Booking::STATUSES.keys.map(&:to_s) }, allow_blank: true
      validates_with CursorValidator, attributes: %i[cursor], keys: Booking::START_ORDER_KEYS
      validate :week_or_upcoming

      # Both would list one week and hide the upcoming ones after it.
      def week_or_upcoming
        return if !(week && upcoming)
        errors.add(:base, I18n.t("volunteer_booking.errors.week_or_upcoming"))
      end
    end

    model :booking_topic
    policy :can_see_all_bookings
    step :fetch_bookings

    private

    def can_see_all_bookings(guardian:, booking_topic:)
      PolicyFactory.for(guardian, booking_topic).organiser?
    end

    def fetch_bookings(booking_topic:, params:)
      bookings =
        Booking.includes(:booker, :holder, :cancelled_by, booking_topic: :topic).where(
          booking_topic_id: booking_topic.id,
        )
      bookings = bookings.where(status: params.status) if params.status.present?
      if params.needs_outcome
        bookings =
          bookings.where(status: Booking.statuses[:picked_up]).where("ends_at <= ?", Time.current)
      end
      if params.week
        first = params.week.in_time_zone("UTC")
        bookings = bookings.where(starts_at: first...(first + 7.days))
      end
      bookings = bookings.where("ends_at > ?", Time.current) if params.upcoming
      context[:page] = bookings.page_in_start_order(params.cursor, Page::SIZES[:topic_bookings])
    end
  end
end
