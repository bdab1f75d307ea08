# frozen_string_literal: true

module VolunteerBooking
  # A booker asks for another time when no slot fits: up to three windows
  # in their own zone (RequestWindows), a note and the topic's intake
  # answers. The same rules as a booking that do not need a slot
  # (BookingRules#check_request: paused, trust level, the per-user limit,
  # which counts open requests with upcoming bookings, the answers), then
  # the windows; one open or taken request per person and topic. All of it
  # is decided under the booking topic's row lock, the one request kept by
  # a unique index too. Once committed, the request is announced in the
  # topic's chat channel (AnnounceBookingRequest).
  class CreateBookingRequest
    include Service::Base
    include RateLimits
    include PairingSteps
    include BookingTopicSteps

    params(base_class: StrictParams) do
      attribute :topic_id, :integer
      attribute :windows, :array
      attribute :time_zone, :string
      attribute :note, :string
      attribute :answers

      validates :topic_id, presence: true
      validates :time_zone, length: { maximum: BookingRequest::TIME_ZONE_MAX_LENGTH }
      validates :note, length: { maximum: BookingRequest::NOTE_MAX_LENGTH }
      validates_with AnswersValidator, attributes: %i[answers]
    end

    model :booking_topic
    policy :signed_in
    step :ensure_in_good_standing
    step :ensure_topic_open
    step :ensure_requests_enabled
    limit_per_hour :book

    transaction do
      step :lock_booking_topic
      # Under the lock, as a booking (Placement) counts this person's
      # requests under it: a booking and a request made at once cannot
      # both pass the per-user limit.
      step :check_rules
      step :check_windows
      step :ensure_none_open
      step :create_request
    end

    step :announce

    private

    def ensure_requests_enabled(booking_topic:)
      fail!(I18n.t("volunteer_booking.errors.requests_disabled")) if !booking_topic.requests_enabled
    end

    def check_rules(booking_topic:, params:, guardian:)
      result =
        booking_topic.booking_rules.check_request(
          now: Time.current,
          booker: SlotSource.booker(booking_topic, guardian.user),
          answers: params.answers || {},
        )
      fail!(BookingCheck.message(result)) if !result.ok?
      context[:answers] = result.value[:answers]
    end

    def check_windows(booking_topic:, params:)
      result =
        RequestWindows.check(
          windows: params.windows,
          time_zone: params.time_zone,
          session_minutes: booking_topic.session_minutes,
          horizon_days: booking_topic.horizon_days,
          now: Time.current,
        )
      fail!(I18n.t(result.i18n_key, **result.params)) if !result.ok?
    end

    # Under the topic's lock, so two submits at once make one request; the
    # unique index answers for any write that does not take the lock.
    def ensure_none_open(booking_topic:, guardian:)
      return if !BookingRequest.active_in(booking_topic, guardian.user.id).exists?
      fail!(I18n.t("volunteer_booking.errors.request_already_open"))
    end

    def create_request(booking_topic:, params:, guardian:, answers:)
      context[:booking_request] = BookingRequest.create!(
        booking_topic: booking_topic,
        requester: guardian.user,
        windows: params.windows,
        time_zone: params.time_zone,
        note: params.note.presence,
        answers: answers,
      )
    rescue ActiveRecord::RecordNotUnique
      fail!(I18n.t("volunteer_booking.errors.request_already_open"))
    end

    # In the topic's chat channel, from a job once this has committed.
    def announce(booking_request:)
      return if !ChatBridge.channel?(booking_request.booking_topic)
      Jobs.enqueue(::Jobs::VolunteerBooking::AnnounceBookingRequest, request_id: booking_request.id)
    end
  end
end
