# frozen_string_literal: true

module VolunteerBooking
  # Books a slot of a booking topic for the signed-in user.
  #
  # Inside one transaction it locks the booking topic's row, then reads the
  # slots afresh and checks the core's BookingRules before inserting, so two
  # requests for the last place are served one after the other and the
  # second is refused (invariant 1). The client's idempotency key makes a
  # repeated submit (double click, retry) return the first booking instead
  # of booking twice; it is looked up under the same lock. Once committed,
  # the booking is announced in the topic's chat channel (AnnounceBooking).
  class CreateBooking
    include Service::Base
    include BookingTopicSteps

    params do
      attribute :topic_id, :integer
      attribute :shift_id, :integer
      attribute :starts_at, :datetime
      attribute :answers
      attribute :idempotency_key, :string

      validates :topic_id, presence: true
      validates :shift_id, presence: true
      validates :starts_at, presence: true
      validates :idempotency_key,
                presence: true,
                length: {
                  in: Booking::IDEMPOTENCY_KEY_LENGTH,
                },
                format: {
                  with: /\A[A-Za-z0-9_-]+\z/,
                }
      validate :answers_readable

      def answers_readable
        return if answers.nil? || answers.is_a?(Hash)
        errors.add(:base, I18n.t("volunteer_booking.errors.answers_unreadable"))
      end
    end

    model :booking_topic
    policy :signed_in
    step :rate_limit

    transaction do
      step :lock_booking_topic
      step :find_previous_booking
      only_if(:new_request) do
        step :check_rules
        step :create_booking
      end
    end

    only_if(:created) do
      step :schedule_reminders
      step :announce
    end

    private

    # Who may book at all; the topic's own rules (trust level, pause,
    # limits) come with a translated reason from BookingRules below.
    def signed_in(guardian:, booking_topic:)
      PolicyFactory.for(guardian, booking_topic).signed_in?
    end

    def rate_limit(guardian:)
      RateLimiter.new(
        guardian.user,
        "volunteer-booking-book",
        SiteSetting.volunteer_booking_max_bookings_per_hour,
        1.hour,
      ).performed!
    end

    def lock_booking_topic(booking_topic:)
      booking_topic.lock!
    end

    def find_previous_booking(booking_topic:, params:, guardian:)
      previous =
        Booking.find_by(booker_id: guardian.user.id, idempotency_key: params.idempotency_key)
      return if previous.nil?
      if previous.booking_topic_id != booking_topic.id
        fail!(I18n.t("volunteer_booking.errors.idempotency_key_reused"))
      end
      context[:booking] = previous
    end

    def new_request
      context[:booking].nil?
    end

    def check_rules(booking_topic:, params:, guardian:)
      result =
        BookingCheck.call(
          booking_topic,
          booker: SlotSource.booker(booking_topic, guardian.user),
          request: {
            shift_id: params.shift_id,
            starts_at: params.starts_at,
            answers: params.answers || {},
          },
        )
      fail!(BookingCheck.message(result)) if !result.ok?
      context[:answers] = result.value[:answers]
    end

    def create_booking(booking_topic:, params:, guardian:, answers:)
      starts_at = params.starts_at.getutc
      context[:booking] = Booking.create!(
        booking_topic: booking_topic,
        shift_id: params.shift_id,
        starts_at: starts_at,
        ends_at: starts_at + booking_topic.session_minutes.minutes,
        booker_id: guardian.user.id,
        status: :pending,
        answers: answers,
        idempotency_key: params.idempotency_key,
        sequence: 0,
      )
      context[:created] = true
    end

    def created
      context[:created] == true
    end

    def schedule_reminders(booking:)
      Reminders.schedule(booking)
    end

    # In the topic's chat channel, from a job once this has committed; no
    # job at all without chat or a channel.
    def announce(booking:)
      return if !Announcement.enabled_for?(booking.booking_topic)
      Jobs.enqueue(::Jobs::VolunteerBooking::AnnounceBooking, booking_id: booking.id)
    end
  end
end
