# frozen_string_literal: true

module VolunteerBooking
  # A booker's ask for another time when no slot fits (a request): the
  # windows they suggested (RequestWindows) in their own zone, their note
  # and intake answers. One volunteer takes it and sets the time, which makes
  # a booking and closes the request. Rows are never deleted by the plugin:
  # a withdrawn, expired or scheduled request keeps its record.
  #
  # open -> taken -> scheduled; open or taken -> withdrawn; open -> expired;
  # taken -> open when its taker gives it back.
  class BookingRequest < ActiveRecord::Base
    include AnswersObject

    self.table_name = "volunteer_booking_requests"

    STATUSES = { open: 0, taken: 1, scheduled: 2, withdrawn: 3, expired: 4 }.freeze
    # Requests still waiting for a time; a person has at most one of these
    # per topic (a partial unique index), and they count towards the topic's
    # per-user limit with upcoming bookings.
    ACTIVE_STATUSES = %i[open taken].freeze
    NOTE_MAX_LENGTH = Limits.length(:request_note)
    TIME_ZONE_MAX_LENGTH = 100
    # Lists of requests page by creation, then id (Page).
    AGE_ORDER_KEYS = %i[time integer].freeze

    enum :status, STATUSES

    belongs_to :booking_topic, class_name: "VolunteerBooking::BookingTopic"
    belongs_to :requester, class_name: "::User", optional: true
    belongs_to :taker, class_name: "::User", optional: true
    belongs_to :booking, class_name: "VolunteerBooking::Booking", optional: true
    # The requester's and taker's private message, opened on taking.
    belongs_to :private_message_topic,
               class_name: "::Topic",
               foreign_key: :private_message_topic_id,
               optional: true

    scope :active, -> { where(status: ACTIVE_STATUSES) }
    # A person's open or taken requests in one booking topic (one at most).
    scope :active_in,
          ->(booking_topic, requester_id) do
            active.where(booking_topic_id: booking_topic.id, requester_id: requester_id)
          end

    validates_with StorableValidator, attributes: %i[windows time_zone note answers]
    validates :time_zone, presence: true, length: { maximum: TIME_ZONE_MAX_LENGTH }
    validates :note, length: { maximum: NOTE_MAX_LENGTH }
    validate :windows_a_list
    validate :answers_an_object

    # The one statement that decides who takes a request: it changes the
    # row only while the request is still open, so when several volunteers
    # click at once exactly one UPDATE affects a row (PostgreSQL re-checks
    # the WHERE after waiting for the row lock). True for the winner.
    def self.take(id, taker_id:, now:)
      where(id: id, status: statuses[:open]).update_all(
        status: statuses[:taken],
        taker_id: taker_id,
        taken_at: now,
        updated_at: now,
      ) == 1
    end

    # Closes an open request nobody took within its topic's
    # request_expiry_days, re-checking all of it in the UPDATE: one taken
    # meanwhile is left alone. True if it expired.
    def self.expire(id, now:)
      where(id: id, status: statuses[:open]).where(
        "created_at + (SELECT request_expiry_days FROM volunteer_booking_topics " \
          "WHERE volunteer_booking_topics.id = booking_topic_id) * INTERVAL '1 day' <= ?",
        now,
      ).update_all(status: statuses[:expired], closed_at: now, updated_at: now) == 1
    end

    # Withdraws an open or taken request under its row lock, so that a take
    # racing it either commits first (and the request, withdrawn, names the
    # taker to tell) or finds it closed. The request as withdrawn, or nil if
    # it was closed already.
    def self.withdraw(id, now:)
      transaction do
        request = lock.find_by(id: id)
        next nil if request.nil? || !request.active?
        request.update!(status: :withdrawn, closed_at: now)
        request
      end
    end

    # Open requests past their topic's expiry, for the hourly job.
    def self.due_to_expire(now)
      open.joins(:booking_topic).where(
        "volunteer_booking_requests.created_at + " \
          "volunteer_booking_topics.request_expiry_days * INTERVAL '1 day' <= ?",
        now,
      )
    end

    # One Page of these requests (a relation) oldest first, after the one
    # the cursor names (nil: from the first).
    def self.page_by_age(cursor, size)
      after = Page.decode(cursor, AGE_ORDER_KEYS)
      rows = after ? where("(#{table_name}.created_at, #{table_name}.id) > (?, ?)", *after) : all
      Page.of(rows.order(:created_at, :id).limit(size + 1).to_a, size) do |request|
        [request.created_at, request.id]
      end
    end

    # The refusal for a volunteer who did not get it: who has it, or that
    # it is closed. Read after the UPDATE, so it names the winner.
    def take_refusal
      if taken? || scheduled?
        I18n.t(
          "volunteer_booking.errors.request_taken",
          username: taker&.username || I18n.t("volunteer_booking.deleted_user"),
        )
      else
        I18n.t("volunteer_booking.errors.request_closed")
      end
    end

    # Call these holding the row lock, having seen the state they need.
    def give_back!
      update!(status: :open, taker_id: nil, taken_at: nil)
    end

    def reassign!(taker_id:, now:)
      update!(status: :taken, taker_id: taker_id, taken_at: now)
    end

    def schedule!(booking, now:)
      update!(status: :scheduled, booking: booking, closed_at: now)
    end

    def active?
      open? || taken?
    end

    # Still taken, and by this user: what giving back and setting the time
    # need, read under the row lock (a reassign may have moved it).
    def taken_by?(user_id)
      taken? && taker_id == user_id
    end

    def expires_at
      created_at + booking_topic.request_expiry_days.days
    end

    # The session it asks for, as RequestWindows reads it.
    def fits?(starts_at)
      RequestWindows.fits?(
        windows: windows,
        time_zone: time_zone,
        starts_at: starts_at,
        session_minutes: booking_topic.session_minutes,
      )
    end

    # What VolunteerBooking::RequestPolicy needs to know about the request.
    def policy_attributes
      { requester_id: requester_id, taker_id: taker_id }
    end

    def topic
      booking_topic&.topic
    end

    private

    def windows_a_list
      return if windows.is_a?(Array)
      errors.add(:base, I18n.t("volunteer_booking.errors.request_window_invalid"))
    end
  end
end
