# frozen_string_literal: true

module VolunteerBooking
  # A booked session in a booking topic. Rows are never deleted by the
  # plugin: cancelling keeps the record with who cancelled and why, and a
  # booker's deleted or anonymised account only loses the intake answers.
  #
  # The people are plain ids (the plugin's tables hold no foreign keys to
  # users), so booker, holder and cancelled_by read as nil once that account
  # is gone.
  class Booking < ActiveRecord::Base
    include AnswersObject

    self.table_name = "volunteer_booking_bookings"

    STATUSES = { pending: 0, picked_up: 1, cancelled: 2, held: 3, no_show: 4 }.freeze
    # Bookings that hold a place in their slot.
    ACTIVE_STATUSES = %i[pending picked_up].freeze
    CANCEL_REASON_MAX_LENGTH = Limits.length(:cancel_reason)
    OUTCOME_NOTE_MAX_LENGTH = Limits.length(:outcome_note)
    # What a volunteer or organiser can record once a session has started.
    OUTCOMES = %w[held no_show].freeze
    FEEDBACK_COMMENT_MAX_LENGTH = FollowUp::COMMENT_MAX_LENGTH
    # A booking whose outcome can be (re)marked: picked up, or marked before.
    OUTCOME_STATUSES = %i[picked_up held no_show].freeze
    IDEMPOTENCY_KEY_LENGTH = 8..64
    # Sessions one volunteer may hold that are not over yet, in all topics:
    # each is a busy entry in the SlotEngine of every topic whose rota they
    # are on, so the slots' cost stays bounded.
    MAX_HELD = Limits.count(:held_sessions)
    # Lists of bookings page by start, then id: a unique key, so no booking
    # repeats or is skipped between pages (Page).
    START_ORDER_KEYS = %i[time integer].freeze
    # The holder holds no other session overlapping this booking, anywhere.
    HOLDER_FREE = <<~SQL
      NOT EXISTS (
        SELECT 1 FROM volunteer_booking_bookings others
        WHERE others.holder_id = :holder_id
          AND others.status = :picked_up
          AND others.id <> volunteer_booking_bookings.id
          AND others.starts_at < volunteer_booking_bookings.ends_at
          AND others.ends_at > volunteer_booking_bookings.starts_at
      )
    SQL

    enum :status, STATUSES

    belongs_to :booking_topic, class_name: "VolunteerBooking::BookingTopic"
    belongs_to :shift, class_name: "VolunteerBooking::Shift", optional: true
    belongs_to :booker, class_name: "::User", optional: true
    belongs_to :holder, class_name: "::User", optional: true
    belongs_to :cancelled_by, class_name: "::User", optional: true
    # The booker's and volunteer's private message, opened on pick-up.
    belongs_to :private_message_topic,
               class_name: "::Topic",
               foreign_key: :private_message_topic_id,
               optional: true

    scope :active, -> { where(status: ACTIVE_STATUSES) }
    # Half-open, as the SlotEngine counts: touching is not overlapping.
    scope :overlapping,
          ->(starts_at, ends_at) { where("starts_at < ? AND ends_at > ?", ends_at, starts_at) }

    validates_with StorableValidator,
                   attributes: %i[
                     starts_at
                     ends_at
                     answers
                     cancel_reason
                     outcome_note
                     idempotency_key
                     call_link
                     feedback_comment
                   ]
    validates :starts_at, presence: true
    validates :ends_at, presence: true
    validates :booker_id, presence: true
    validates :sequence, numericality: { only_integer: true, greater_than_or_equal_to: 0 }
    validates :cancel_reason, length: { maximum: CANCEL_REASON_MAX_LENGTH }
    validates :outcome_note, length: { maximum: OUTCOME_NOTE_MAX_LENGTH }
    validates :feedback, inclusion: { in: FollowUp::ANSWERS }, allow_nil: true
    validates :feedback_comment, length: { maximum: FEEDBACK_COMMENT_MAX_LENGTH }
    validates :idempotency_key, length: { in: IDEMPOTENCY_KEY_LENGTH }, allow_nil: true
    validates :call_token, format: { with: CallLink::TOKEN }, allow_nil: true
    validates_with CallLinkValidator, attributes: %i[call_link], kind: :link
    validate :ends_after_start
    validate :answers_an_object

    # The booker's no-shows in the booking topic that FollowUp.approval_check
    # may count, in the shape it reads: not excused, started after since.
    # The partial index on unexcused no-shows serves it.
    def self.no_shows_for_approval(booking_topic_id:, booker_id:, since:)
      unexcused_no_shows(booking_topic_id:, booker_id:, since:)
        .pluck(:starts_at)
        .map { |starts_at| { topic_id: booking_topic_id, starts_at:, excused: false } }
    end

    def self.unexcused_no_shows(booking_topic_id:, booker_id:, since:)
      no_show.where(booking_topic_id:, booker_id:, no_show_excused_at: nil).where(
        "starts_at > ?",
        since,
      )
    end

    # One Page of these bookings (a relation) in start order, after the one
    # the cursor names (nil: from the first).
    def self.page_in_start_order(cursor, size)
      after = Page.decode(cursor, START_ORDER_KEYS)
      rows = after ? where("(#{table_name}.starts_at, #{table_name}.id) > (?, ?)", *after) : all
      Page.of(rows.order(:starts_at, :id).limit(size + 1).to_a, size) do |booking|
        [booking.starts_at, booking.id]
      end
    end

    # The one statement that decides who picks a booking up: it changes the
    # row only while the booking is still pending, has not started and the
    # holder holds no session overlapping it anywhere, so when several
    # volunteers click at once exactly one UPDATE affects a row. The holder's
    # VolunteerLock makes their own clicks in two topics take turns, so the
    # second sees the first's session. True for the winner.
    #
    # The row is locked before the UPDATE runs: after waiting for a row lock
    # PostgreSQL re-checks the row's own columns but keeps the NOT EXISTS
    # answer it had, so a booking rescheduled onto the holder's other session
    # meanwhile would still be picked up. Locked first, the UPDATE reads the
    # booking's times as committed. Only a pending row is waited for: a
    # hand-over holds a picked-up row while it waits for a volunteer.
    def self.pick_up(id, holder_id:, now:)
      transaction do
        VolunteerLock.hold(holder_id)
        next false if holds_most?(holder_id, now)
        next false if where(id: id, status: statuses[:pending]).lock.pluck(:id).empty?
        where(id: id, status: statuses[:pending])
          .where("starts_at > ?", now)
          .where(HOLDER_FREE, holder_id: holder_id, picked_up: statuses[:picked_up])
          .update_all(
            status: statuses[:picked_up],
            holder_id: holder_id,
            picked_up_at: now,
            updated_at: now,
          ) == 1
      end
    end

    # Whether the volunteer holds MAX_HELD sessions not over yet. Ask it
    # holding their VolunteerLock, or another pick-up may slip in between.
    def self.holds_most?(holder_id, now)
      picked_up.where(holder_id: holder_id).where("ends_at > ?", now).count >= MAX_HELD
    end

    # The refusal for a volunteer who holds MAX_HELD sessions already.
    def self.holds_most_message(volunteer)
      I18n.t(
        "volunteer_booking.errors.holds_most_sessions",
        username: volunteer&.username || I18n.t("volunteer_booking.deleted_user"),
        max: MAX_HELD,
      )
    end

    # Cancels a booking nobody picked up before it started, in one
    # conditional UPDATE that re-checks all of it (PostgreSQL re-evaluates
    # the WHERE after waiting for a row lock): a booking rescheduled into
    # the future or picked up meanwhile is left alone. True if it expired.
    def self.expire(id, now:)
      where(id: id, status: statuses[:pending], expired_at: nil).where(
        "starts_at <= ?",
        now,
      ).update_all(
        [
          "status = ?, expired_at = ?, cancelled_at = ?, cancel_reason = ?, " \
            "sequence = sequence + 1, updated_at = ?",
          statuses[:cancelled],
          now,
          now,
          I18n.t("volunteer_booking.expired_reason"),
          now,
        ],
      ) == 1
    end

    # The picked-up session of volunteer_id, in any booking topic, that
    # overlaps starts_at...ends_at (leaving out except_id), or nil. Read it
    # under the volunteer's VolunteerLock to act on it.
    def self.clash(volunteer_id, starts_at, ends_at, except_id: nil)
      unscoped
        .where(holder_id: volunteer_id, status: statuses[:picked_up])
        .where.not(id: except_id)
        .overlapping(starts_at, ends_at)
        .order(:starts_at)
        .first
    end

    def active?
      pending? || picked_up?
    end

    # Call it holding the row lock, having seen the booking active: a
    # pick-up racing it then ends before (and the volunteer's session is
    # cancelled with it) or after (and finds it cancelled), never between.
    # SEQUENCE grows so calendars that imported the .ics update the event.
    def cancel!(by_id:, reason:, now:)
      update!(
        status: :cancelled,
        cancelled_by_id: by_id,
        cancelled_at: now,
        cancel_reason: reason,
        sequence: sequence + 1,
      )
    end

    # The link people are told changes: SEQUENCE grows with it, so calendars
    # that imported the .ics move to the new room. The same link changes
    # nothing. True if it changed.
    def change_call_link!(link)
      return false if link == call_link
      update!(call_link: link, sequence: sequence + 1)
      true
    end

    # A new token and its link, for "a call link for each booking" when the
    # old link leaked: whoever had it can no longer join.
    def refresh_call_link!
      self.call_token = CallLink.generate_token
      change_call_link!(booking_topic.call_link_for(self))
    end

    # In "the volunteer's own link" mode the booking meets at its holder's
    # link: the one they saved, or none while nobody holds it or they keep
    # none. Call it once the holder has changed, holding the row lock. True
    # if the link changed (and with it SEQUENCE); in the other modes the
    # booking keeps its link.
    def take_holders_call_link!
      return false if !booking_topic.volunteer_links?
      change_call_link!(holder_id && VolunteerProfile.call_link_of(holder_id))
    end

    # The state part of each volunteer action; who may do it is
    # VolunteerBooking::Policy's answer.
    def can_be_picked_up?(now)
      pending? && starts_at > now
    end

    def can_be_released?(now)
      picked_up? && starts_at > now
    end

    def can_be_handed_over?(now)
      picked_up? && starts_at > now
    end

    def outcome_can_be_marked?
      OUTCOME_STATUSES.include?(status.to_sym)
    end

    # Picked up, over, and nobody has said yet whether it was held.
    def needs_outcome?(now)
      picked_up? && ends_at <= now
    end

    # What VolunteerBooking::FollowUp needs to know about the booking.
    def follow_up_attributes
      {
        status: status.to_sym,
        ends_at: ends_at,
        outcome_marked_at: outcome_marked_at,
        follow_up_sent_at: follow_up_sent_at,
        outcome_nudges: outcome_nudges,
      }
    end

    # Nobody picked it up before it started.
    def expired?
      !expired_at.nil?
    end

    # The time it holds, as the core's BookingRules and SlotEngine take it.
    def slot_attributes
      { shift_id: shift_id, starts_at: starts_at, ends_at: ends_at }
    end

    # What VolunteerBooking::Policy needs to know about the booking.
    def policy_attributes
      { booker_id: booker_id, holder_id: holder_id, starts_at: starts_at }
    end

    # What the .ics (Ics) says of the booking itself; the caller adds the
    # topic's title and address. Its SEQUENCE grows with every change
    # calendars must follow: a cancellation, a new time, a new call link.
    def calendar_attributes
      {
        id: id,
        starts_at: starts_at,
        ends_at: ends_at,
        sequence: sequence,
        cancelled: cancelled?,
        location: call_link,
      }
    end

    # Relative to the forum, as the client's ajax and links take paths.
    def calendar_path
      "/volunteer-booking/bookings/#{id}/calendar.ics"
    end

    def topic
      booking_topic&.topic
    end

    private

    def ends_after_start
      return if starts_at.nil? || ends_at.nil? || ends_at > starts_at
      errors.add(:ends_at, :greater_than, count: starts_at)
    end
  end
end

# == Schema Information
#
# Table name: volunteer_booking_bookings
#
#  id                           :bigint           not null, primary key
#  booking_topic_id             :bigint           not null
#  shift_id                     :bigint
#  starts_at                    :datetime         not null
#  ends_at                      :datetime         not null
#  booker_id                    :bigint           not null
#  status                       :integer          default("pending"), not null
#  holder_id                    :bigint
#  answers                      :jsonb            not null
#  picked_up_at                 :datetime
#  cancelled_by_id              :bigint
#  cancelled_at                 :datetime
#  cancel_reason                :string(500)
#  private_message_topic_id     :bigint
#  announcement_chat_message_id :bigint
#  idempotency_key              :string(64)
#  sequence                     :integer          default(0), not null
#  created_at                   :datetime         not null
#  updated_at                   :datetime         not null
#  expired_at                   :datetime
#  outcome_note                 :string(500)
#  outcome_marked_by_id         :bigint
#  outcome_marked_at            :datetime
#  rota_escalated_at            :datetime
#  organisers_escalated_at      :datetime
#  call_token                   :string(64)
#  call_link                    :string(500)
#  feedback                     :string(16)
#  feedback_comment             :text
#  feedback_at                  :datetime
#  follow_up_sent_at            :datetime
#  follow_ups_stopped_at        :datetime
#  outcome_nudges               :integer          default(0), not null
#  no_show_excused_at           :datetime
#
# Indexes
#
#  idx_volunteer_booking_bookings_idempotency             (booker_id,idempotency_key) UNIQUE WHERE (idempotency_key IS NOT NULL)
#  idx_volunteer_booking_bookings_on_booker_and_start     (booker_id,starts_at)
#  idx_volunteer_booking_bookings_on_holder               (holder_id) WHERE (holder_id IS NOT NULL)
#  idx_volunteer_booking_bookings_on_shift_start_status   (shift_id,starts_at,status)
#  idx_volunteer_booking_bookings_on_topic_and_start      (booking_topic_id,starts_at)
#  idx_volunteer_booking_bookings_pending_by_start        (starts_at) WHERE (status = 0)
#  idx_volunteer_booking_bookings_pending_to_escalate     (created_at) WHERE ((status = 0) AND (rota_escalated_at IS NULL))
#
# Foreign Keys
#
#  fk_rails_...  (booking_topic_id => volunteer_booking_topics.id) ON DELETE => cascade
#
