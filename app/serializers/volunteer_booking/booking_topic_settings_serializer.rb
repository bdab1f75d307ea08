# frozen_string_literal: true

module VolunteerBooking
  # api-types.ts BookingTopicSettings: everything an organiser edits.
  class BookingTopicSettingsSerializer < ::ApplicationSerializer
    attributes :session_minutes,
               :buffer_minutes,
               :min_notice_minutes,
               :horizon_days,
               :max_parallel,
               :per_user_limit,
               :min_trust_level,
               :paused,
               :paused_message,
               :questions,
               :volunteer_group_ids,
               :organiser_group_id,
               :chat_channel_id,
               :volunteer_guide,
               :meeting_mode,
               :call_link_template,
               :follow_up_hours,
               :next_steps,
               :follow_ups_paused,
               :requests_enabled,
               :request_expiry_days,
               :gap_messages_enabled,
               :gap_message_weekday,
               :gap_message_hour,
               :gap_horizon_weeks

    def questions
      object.intake_questions
    end
  end
end
