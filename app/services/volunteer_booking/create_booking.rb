# frozen_string_literal: true

module VolunteerBooking
  # Books a slot of a booking topic for the signed-in user.
  #
  # The booking itself is Placement.place, inside one transaction: the
  # booking topic's row lock, the slots read afresh, the core's BookingRules,
  # the insert (invariant 1, docs/invariants.md). The client's idempotency key makes a repeated
  # submit (double click, retry) return the first booking instead of booking
  # twice. Once committed, the booking is announced in the topic's chat
  # channel (AnnounceBooking).
  class CreateBooking
    include Service::Base
    include RateLimits
    include PairingSteps
    include BookingTopicSteps

    params(base_class: StrictParams) do
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
      validates_with AnswersValidator, attributes: %i[answers]
    end

    model :booking_topic
    policy :signed_in
    step :ensure_in_good_standing
    step :ensure_no_approval_needed
    step :ensure_topic_open
    step :find_repeat

    rate_limit_for :book
    only_if(:first_submit) do
      step :rate_limit
      transaction { step :place }
    end

    only_if(:created) do
      step :schedule_reminders
      step :announce
      step :publish_live_update
    end

    private

    # Repeated no-shows in this topic: an organiser lifts it by excusing
    # one (ExcuseNoShow). A refusal rather than a booking waiting for
    # approval, so no slot is held for someone who may not come.
    def ensure_no_approval_needed(guardian:, booking_topic:)
      now = Time.current
      days = SiteSetting.volunteer_booking_no_show_days
      no_shows =
        Booking.no_shows_for_approval(
          booking_topic_id: booking_topic.id,
          booker_id: guardian.user.id,
          since: now - days.days,
        )
      result =
        FollowUp.approval_check(
          no_shows,
          topic_id: booking_topic.id,
          limit: SiteSetting.volunteer_booking_no_show_limit,
          days:,
          now:,
        )
      fail!(I18n.t(result.i18n_key, **result.params)) if !result.ok?
    end

    # A repeated submit (double click, retry) gets the first booking back
    # before the hourly limit is charged, so only new bookings count. Place
    # looks again under the topic's lock, for a repeat racing its first.
    def find_repeat(booking_topic:, params:, guardian:)
      earlier = Placement.earlier_booking(booking_topic, guardian.user, params.idempotency_key)
      return if earlier.nil?
      fail!(earlier.error) if !earlier.ok?
      context[:booking] = earlier.booking
      context[:created] = false
    end

    def first_submit
      context[:booking].nil?
    end

    def place(booking_topic:, params:, guardian:)
      outcome =
        Placement.place(
          booking_topic,
          booker: guardian.user,
          shift_id: params.shift_id,
          starts_at: params.starts_at,
          answers: params.answers,
          idempotency_key: params.idempotency_key,
        )
      fail!(outcome.error) if !outcome.ok?
      context[:booking] = outcome.booking
      context[:created] = outcome.created
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
      return if !ChatBridge.channel?(booking.booking_topic)
      Jobs.enqueue(::Jobs::VolunteerBooking::AnnounceBooking, booking_id: booking.id)
    end

    def publish_live_update(booking:)
      LiveUpdates.booking_changed(booking, :booked)
    end
  end
end
