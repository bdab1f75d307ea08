# frozen_string_literal: true

module VolunteerBooking
  # Turns a topic into a booking topic, or changes its settings. The whole
  # BookingTopicSettings object is sent each time.
  class ConfigureBookingTopic
    include Service::Base
    include RateLimits
    include TopicSettingsSteps
    include BookingTopicSteps

    params(base_class: StrictParams) do
      attribute :topic_id, :integer
      attribute :session_minutes, :integer
      attribute :buffer_minutes, :integer
      attribute :min_notice_minutes, :integer
      attribute :horizon_days, :integer
      attribute :max_parallel, :integer
      attribute :per_user_limit, :integer
      attribute :min_trust_level, :integer
      attribute :paused, :boolean, default: false
      attribute :paused_message, :string
      attribute :questions, :array
      attribute :volunteer_group_ids, :array, default: []
      attribute :organiser_group_id, :integer
      attribute :chat_channel_id, :integer
      attribute :volunteer_guide, :string, default: ""
      attribute :meeting_mode, :string, default: CallLink::DEFAULT_MODE
      attribute :call_link_template, :string
      attribute :follow_up_hours, :integer, default: Limits.default(:follow_up_hours)
      attribute :next_steps, :string, default: ""
      attribute :follow_ups_paused, :boolean, default: false
      attribute :requests_enabled, :boolean, default: true
      attribute :request_expiry_days, :integer, default: Limits.default(:request_expiry_days)
      attribute :gap_messages_enabled, :boolean, default: false
      attribute :gap_message_weekday, :integer, default: Limits.default(:gap_message_weekday)
      attribute :gap_message_hour, :integer, default: Limits.default(:gap_message_hour)
      attribute :gap_horizon_weeks, :integer, default: Limits.default(:gap_horizon_weeks)

      validates :topic_id, presence: true
      validates :session_minutes,
                numericality: {
                  only_integer: true,
                  in: BookingTopic::SESSION_MINUTES,
                }
      validates :buffer_minutes,
                numericality: {
                  only_integer: true,
                  in: BookingTopic::BUFFER_MINUTES,
                }
      validates :min_notice_minutes,
                numericality: {
                  only_integer: true,
                  in: BookingTopic::MIN_NOTICE_MINUTES,
                }
      validates :horizon_days, numericality: { only_integer: true, in: BookingTopic::HORIZON_DAYS }
      validates :max_parallel,
                numericality: {
                  only_integer: true,
                  in: BookingTopic::MAX_PARALLEL,
                },
                allow_nil: true
      validates :per_user_limit,
                numericality: {
                  only_integer: true,
                  in: BookingTopic::PER_USER_LIMIT,
                },
                allow_nil: true
      validates :min_trust_level,
                numericality: {
                  only_integer: true,
                  in: BookingTopic::TRUST_LEVELS,
                }
      validates :paused_message, length: { maximum: BookingTopic::PAUSED_MESSAGE_MAX_LENGTH }
      validates :volunteer_guide, length: { maximum: BookingTopic::VOLUNTEER_GUIDE_MAX_LENGTH }
      validates :follow_up_hours, numericality: { only_integer: true, in: FollowUp::HOURS }
      validates :next_steps, length: { maximum: FollowUp::NEXT_STEPS_MAX_LENGTH }
      validates :request_expiry_days,
                numericality: {
                  only_integer: true,
                  in: BookingTopic::REQUEST_EXPIRY_DAYS,
                }
      validates :gap_message_weekday,
                numericality: {
                  only_integer: true,
                  in: Gaps::MESSAGE_WEEKDAYS,
                }
      validates :gap_message_hour, numericality: { only_integer: true, in: Gaps::MESSAGE_HOURS }
      validates :gap_horizon_weeks, numericality: { only_integer: true, in: Gaps::HORIZON_WEEKS }
    end

    model :topic
    model :booking_topic, :find_or_build_booking_topic
    policy :can_configure_settings
    limit_per_hour :settings
    step :check_questions
    step :check_groups
    step :check_chat_channel
    step :check_organiser_kept
    step :check_meeting_place

    transaction { step :save_booking_topic }
    step :publish_slots_changed

    private

    def check_questions(params:)
      validation = IntakeQuestions.new(params.questions).validation
      fail!(I18n.t(validation.i18n_key, **validation.params)) if !validation.ok?
    end

    def check_groups(params:, booking_topic:, guardian:)
      volunteer_group_ids = Array(params.volunteer_group_ids)
      if volunteer_group_ids.size > BookingTopic::MAX_VOLUNTEER_GROUPS
        fail!(
          I18n.t(
            "volunteer_booking.errors.too_many_groups",
            max: BookingTopic::MAX_VOLUNTEER_GROUPS,
          ),
        )
      end

      requested = (volunteer_group_ids + [params.organiser_group_id]).compact
      fail!(I18n.t("volunteer_booking.errors.group_unknown")) if !requested.all?(Integer)
      stored = booking_topic.volunteer_group_ids + [booking_topic.organiser_group_id].compact
      refuse_unless(
        SettingChoices.check_groups(
          requested: requested,
          stored: booking_topic.new_record? ? [] : stored,
          choosable: Choices.groups(guardian, ids: requested).map(&:id),
          automatic: Choices.automatic_group_ids,
        ),
      )
    end

    def check_chat_channel(params:, booking_topic:, guardian:)
      requested = params.chat_channel_id
      refuse_unless(
        SettingChoices.check_chat_channel(
          requested: requested,
          stored: booking_topic.chat_channel_id,
          choosable: requested && Choices.chat_channel_id?(guardian, requested) ? [requested] : [],
        ),
      )
    end

    def check_organiser_kept(params:, guardian:)
      refuse_unless(
        SettingChoices.check_organiser_kept(
          user: PolicyFactory.user_attributes(guardian.user),
          topic: {
            organiser_group_id: params.organiser_group_id,
          },
          now: Time.current,
        ),
      )
    end

    # A template kept from an earlier mode is checked too: switching back
    # to it must not bring back a link the core would refuse. An empty
    # field is no template.
    def check_meeting_place(params:)
      refuse_unless(CallLink.check_mode(params.meeting_mode))
      template = params.call_link_template.presence
      if params.meeting_mode == "call_link_template" || template
        refuse_unless(CallLink.check_template(template))
      end
    end

    def refuse_unless(result)
      fail!(I18n.t(result.i18n_key, **result.params)) if !result.ok?
    end

    def save_booking_topic(booking_topic:, params:, guardian:)
      booking_topic.assign_attributes(settings(params))
      booking_topic.created_by ||= guardian.user
      booking_topic.updated_by = guardian.user
      fail!(booking_topic.errors.full_messages) if !booking_topic.save
    rescue ActiveRecord::RecordNotUnique
      fail!(I18n.t("volunteer_booking.errors.conflict"))
    end

    def settings(params)
      params.slice(
        :session_minutes,
        :buffer_minutes,
        :min_notice_minutes,
        :horizon_days,
        :max_parallel,
        :per_user_limit,
        :min_trust_level,
        :paused,
        :paused_message,
        :organiser_group_id,
        :chat_channel_id,
        :meeting_mode,
        :follow_up_hours,
        :follow_ups_paused,
        :requests_enabled,
        :request_expiry_days,
        :gap_messages_enabled,
        :gap_message_weekday,
        :gap_message_hour,
        :gap_horizon_weeks,
      ).merge(
        call_link_template: params.call_link_template.presence,
        next_steps: params.next_steps.to_s,
        intake_questions: stored_questions(params.questions),
        volunteer_group_ids: Array(params.volunteer_group_ids).uniq,
        volunteer_guide: params.volunteer_guide.to_s,
      )
    end

    # As the core read them: labels stripped, required a real boolean.
    def stored_questions(raw)
      IntakeQuestions
        .new(raw)
        .questions
        .map do |question|
          {
            "id" => question.id,
            "label" => question.label,
            "type" => question.type,
            "required" => question.required,
            "link" => question.link,
          }
        end
    end
  end
end
