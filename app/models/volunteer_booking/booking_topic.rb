# frozen_string_literal: true

module VolunteerBooking
  # A topic configured for bookings: its rules, intake questions, volunteer
  # groups and shifts. The rules themselves live in the core
  # (BookingRules, IntakeQuestions, Policy); the validations below refuse
  # settings the core could not work with.
  class BookingTopic < ActiveRecord::Base
    self.table_name = "volunteer_booking_topics"

    SESSION_MINUTES = Limits.range(:session_minutes)
    BUFFER_MINUTES = Limits.range(:buffer_minutes)
    MIN_NOTICE_MINUTES = Limits.range(:min_notice_minutes)
    HORIZON_DAYS = Limits.range(:horizon_days)
    MAX_PARALLEL = Limits.range(:max_parallel)
    PER_USER_LIMIT = Limits.range(:per_user_limit)
    TRUST_LEVELS = Limits.range(:min_trust_level)
    REQUEST_EXPIRY_DAYS = Limits.range(:request_expiry_days)
    PAUSED_MESSAGE_MAX_LENGTH = Limits.length(:paused_message)
    VOLUNTEER_GUIDE_MAX_LENGTH = Limits.length(:volunteer_guide)
    MAX_VOLUNTEER_GROUPS = Limits.count(:volunteer_groups)
    MAX_SHIFTS = Limits.count(:shifts)
    # Active bookings not over yet that one topic may hold: the SlotEngine
    # reads them all for every page of slots and every booking.
    MAX_UPCOMING_BOOKINGS = Limits.count(:upcoming_bookings)
    DEFAULT_QUESTIONS = [
      {
        "id" => "ica_statement",
        "type" => "checkbox",
        "required" => true,
        "link" => "https://ica.coop/en/cooperatives/cooperative-identity",
      },
      { "id" => "story", "type" => "textarea", "required" => true },
      { "id" => "coop_interest", "type" => "textarea", "required" => false },
    ].freeze

    belongs_to :topic, class_name: "::Topic"
    belongs_to :created_by, class_name: "::User", optional: true
    belongs_to :updated_by, class_name: "::User", optional: true
    has_many :shifts,
             -> { order(:weekday, :starts_at, :id) },
             class_name: "VolunteerBooking::Shift",
             inverse_of: :booking_topic,
             dependent: :delete_all
    # Removed with the booking topic by the foreign key (only when the topic
    # itself is destroyed); cancelling never deletes them.
    has_many :bookings, class_name: "VolunteerBooking::Booking", inverse_of: :booking_topic
    has_many :booking_requests,
             class_name: "VolunteerBooking::BookingRequest",
             inverse_of: :booking_topic

    validates_with StorableValidator,
                   attributes: %i[
                     paused_message
                     volunteer_guide
                     next_steps
                     intake_questions
                     volunteer_group_ids
                     call_link_template
                   ]
    validates :topic_id, uniqueness: true
    validates :session_minutes, numericality: { only_integer: true, in: SESSION_MINUTES }
    validates :buffer_minutes, numericality: { only_integer: true, in: BUFFER_MINUTES }
    validates :min_notice_minutes, numericality: { only_integer: true, in: MIN_NOTICE_MINUTES }
    validates :horizon_days, numericality: { only_integer: true, in: HORIZON_DAYS }
    validates :max_parallel, numericality: { only_integer: true, in: MAX_PARALLEL }, allow_nil: true
    validates :per_user_limit,
              numericality: {
                only_integer: true,
                in: PER_USER_LIMIT,
              },
              allow_nil: true
    validates :min_trust_level, numericality: { only_integer: true, in: TRUST_LEVELS }
    validates :paused, inclusion: { in: [true, false] }
    validates :paused_message, length: { maximum: PAUSED_MESSAGE_MAX_LENGTH }
    validates :volunteer_guide, length: { maximum: VOLUNTEER_GUIDE_MAX_LENGTH }
    validates :next_steps, length: { maximum: FollowUp::NEXT_STEPS_MAX_LENGTH }
    validates :follow_up_hours, numericality: { only_integer: true, in: FollowUp::HOURS }
    validates :follow_ups_paused, inclusion: { in: [true, false] }
    validates :meeting_mode, inclusion: { in: CallLink::MODES }
    validates :requests_enabled, inclusion: { in: [true, false] }
    validates :request_expiry_days, numericality: { only_integer: true, in: REQUEST_EXPIRY_DAYS }
    validates :gap_messages_enabled, inclusion: { in: [true, false] }
    validates :gap_message_weekday, numericality: { only_integer: true, in: Gaps::MESSAGE_WEEKDAYS }
    validates :gap_message_hour, numericality: { only_integer: true, in: Gaps::MESSAGE_HOURS }
    validates :gap_horizon_weeks, numericality: { only_integer: true, in: Gaps::HORIZON_WEEKS }
    validates_with CallLinkValidator, attributes: %i[call_link_template], kind: :template
    validate :template_for_its_mode
    validate :questions_follow_core_rules
    validate :volunteer_groups_within_limit

    # A booking topic as a new one starts out: the site's defaults, the
    # default intake questions in the site's language, and the Friends as
    # volunteers once their setup has run. Not saved.
    def self.build_for(topic)
      new(
        topic: topic,
        volunteer_group_ids: Friends::ChatAccess.preselected_group_ids,
        session_minutes: SiteSetting.volunteer_booking_default_session_minutes,
        min_trust_level: SiteSetting.volunteer_booking_min_trust_level,
        volunteer_guide: SiteSetting.volunteer_booking_default_volunteer_guide,
        intake_questions: default_questions,
      )
    end

    def self.default_questions
      DEFAULT_QUESTIONS.map do |question|
        question.merge("label" => I18n.t("volunteer_booking.default_questions.#{question["id"]}"))
      end
    end

    # The booking topics whose rota user_id is on.
    def self.on_rota_of(user_id)
      where(
        id:
          Shift.where(id: RotaEntry.where(user_id: user_id).select(:shift_id)).select(
            :booking_topic_id,
          ),
      )
    end

    # The booking topic of a topic the guardian may see, or nil.
    def self.find_visible(topic_id, guardian)
      booking_topic = includes(:topic).find_by(topic_id: topic_id)
      booking_topic if booking_topic&.topic && guardian.can_see?(booking_topic.topic)
    end

    # Records that the weekly gap message goes out for week (its Monday):
    # true for the one caller whose conditional update changed the row, so
    # runs that overlap send it once.
    def claim_gap_message_week(week)
      BookingTopic
        .where(id: id)
        .where("gap_message_week IS DISTINCT FROM ?", week)
        .update_all(gap_message_week: week) == 1
    end

    # What VolunteerBooking::Policy needs to know about the topic.
    def policy_attributes
      {
        volunteer_group_ids: volunteer_group_ids,
        organiser_group_id: organiser_group_id,
        min_trust_level: min_trust_level,
      }
    end

    # What VolunteerBooking::FollowUp needs to know about the topic.
    def follow_up_attributes
      { paused: paused, follow_ups_paused: follow_ups_paused }
    end

    # The core's SlotEngine with this topic's settings.
    def slot_engine
      SlotEngine.new(
        session_minutes: session_minutes,
        buffer_minutes: buffer_minutes,
        min_notice_minutes: min_notice_minutes,
        horizon_days: horizon_days,
        max_parallel: max_parallel,
      )
    end

    # The core's BookingRules with this topic's settings. Without questions
    # the answers are not checked (a reschedule keeps the answers given when
    # booking, even if the organiser has changed the questions since).
    def booking_rules(with_questions: true)
      BookingRules.new(
        paused: paused,
        paused_message: paused_message.to_s,
        min_notice_minutes: min_notice_minutes,
        horizon_days: horizon_days,
        per_user_limit: per_user_limit,
        min_trust_level: min_trust_level,
        questions: with_questions ? intake_questions : [],
      )
    end

    # "A call link for each booking": each gets its own token and link.
    def call_links_per_booking?
      meeting_mode == "call_link_template"
    end

    # "The volunteer's own link": a booking meets where its holder does.
    def volunteer_links?
      meeting_mode == "volunteer_link"
    end

    # The template filled in with the booking's token and id, or nil in the
    # other modes (or for a booking made before the mode was chosen).
    def call_link_for(booking)
      return if !call_links_per_booking? || booking.call_token.nil?
      CallLink.expand(call_link_template, token: booking.call_token, booking_id: booking.id)
    end

    private

    def questions_follow_core_rules
      validation = IntakeQuestions.new(intake_questions).validation
      errors.add(:base, I18n.t(validation.i18n_key, **validation.params)) unless validation.ok?
    end

    # A template kept from an earlier mode is fine; the mode that uses it
    # needs one.
    def template_for_its_mode
      return if !call_links_per_booking? || !call_link_template.nil?
      errors.add(:base, I18n.t("volunteer_booking.errors.call_link_template_missing"))
    end

    def volunteer_groups_within_limit
      return if volunteer_group_ids.size <= MAX_VOLUNTEER_GROUPS
      errors.add(
        :base,
        I18n.t("volunteer_booking.errors.too_many_groups", max: MAX_VOLUNTEER_GROUPS),
      )
    end
  end
end

# == Schema Information
#
# Table name: volunteer_booking_topics
#
#  id                  :bigint           not null, primary key
#  topic_id            :bigint           not null
#  session_minutes     :integer          default(30), not null
#  buffer_minutes      :integer          default(0), not null
#  min_notice_minutes  :integer          default(60), not null
#  horizon_days        :integer          default(28), not null
#  max_parallel        :integer
#  per_user_limit      :integer          default(1)
#  min_trust_level     :integer          default(0), not null
#  paused              :boolean          default(FALSE), not null
#  paused_message      :string(500)
#  intake_questions    :jsonb            not null
#  volunteer_group_ids :integer          default([]), not null, is an Array
#  organiser_group_id  :integer
#  chat_channel_id     :bigint
#  volunteer_guide     :text             default(""), not null
#  created_by_id       :bigint
#  updated_by_id       :bigint
#  created_at          :datetime         not null
#  updated_at          :datetime         not null
#  meeting_mode        :string(20)       default("private_message"), not null
#  call_link_template  :string(500)
#
# Indexes
#
#  index_volunteer_booking_topics_on_topic_id  (topic_id) UNIQUE
#
