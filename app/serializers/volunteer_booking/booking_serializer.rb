# frozen_string_literal: true

module VolunteerBooking
  # api-types.ts Booking. The intake answers are sent only to those
  # VolunteerBooking::Policy lets see them (the booker, the volunteer who
  # picked the booking up, organisers); for everyone else the key is absent.
  # People go through BasicUserSerializer, so no email address can leak.
  # The note on an outcome is for organisers, never the booker; the topic's
  # guide for volunteers goes to the volunteer holding the booking, who is
  # the one it addresses (the booker never sees it).
  # The private message link follows the same rule as the answers it holds,
  # for those who are in it: the booker, the volunteer holding the booking,
  # staff, and organisers when their group is added to those messages.
  # The call link is an open door to the call: it goes to the booker, the
  # volunteer holding the booking and organisers only, key and all; where
  # the topic meets (meeting_mode) is no secret.
  # The booker's "How did it go?" answer and comment go to organisers, the
  # volunteer who held the session and the booker who gave them.
  class BookingSerializer < ::ApplicationSerializer
    attributes :id,
               :topic_id,
               :topic_title,
               :shift_id,
               :starts_at,
               :ends_at,
               :status,
               :sequence,
               :booker,
               :holder,
               :picked_up_at,
               :cancelled_by,
               :cancel_reason,
               :answers,
               :outcome_note,
               :volunteer_guide,
               :needs_outcome,
               :outcome_nudges,
               :outcome_overdue,
               :feedback,
               :feedback_comment,
               :feedback_at,
               :follow_ups_stopped,
               :expired,
               :private_message_url,
               :meeting_mode,
               :call_link,
               :permissions,
               :calendar_url

    def topic_id
      object.booking_topic.topic_id
    end

    def topic_title
      object.topic&.title.to_s
    end

    def starts_at
      object.starts_at.utc.iso8601
    end

    def ends_at
      object.ends_at.utc.iso8601
    end

    def picked_up_at
      object.picked_up_at&.utc&.iso8601
    end

    def booker
      basic_user(object.booker)
    end

    def holder
      basic_user(object.holder)
    end

    def cancelled_by
      basic_user(object.cancelled_by)
    end

    def answers
      object.answers
    end

    def include_answers?
      policy.can_see_answers?(object.policy_attributes)
    end

    def include_call_link?
      policy.can_see_call_link?(object.policy_attributes)
    end

    def include_outcome_note?
      policy.can_see_outcome_note?(object.policy_attributes)
    end

    def volunteer_guide
      object.booking_topic.volunteer_guide
    end

    def include_volunteer_guide?
      policy.holder?(object.policy_attributes)
    end

    def needs_outcome
      object.needs_outcome?(policy.now)
    end

    # Picked up, over for FollowUp::ORGANISERS_AFTER and still unmarked:
    # organisers step in.
    def outcome_overdue
      FollowUp.overdue_for_organisers?(object.follow_up_attributes, now: policy.now)
    end

    def feedback_at
      object.feedback_at&.utc&.iso8601
    end

    def include_feedback?
      policy.can_see_feedback?(object.policy_attributes)
    end

    alias include_feedback_comment? include_feedback?
    alias include_feedback_at? include_feedback?

    def follow_ups_stopped
      !object.follow_ups_stopped_at.nil?
    end

    def include_follow_ups_stopped?
      policy.can_give_feedback?(object.policy_attributes)
    end

    def expired
      object.expired?
    end

    def private_message_url
      return if object.private_message_topic_id.nil?
      attributes = object.policy_attributes
      in_private_message =
        policy.booker?(attributes) || policy.holder?(attributes) || policy.staff? ||
          (policy.organiser? && SiteSetting.volunteer_booking_private_message_organisers)
      "#{Discourse.base_path}/t/#{object.private_message_topic_id}" if in_private_message
    end

    # Where the topic meets, so a volunteer picking up in "the volunteer's
    # own link" mode can be asked for theirs first.
    def meeting_mode
      object.booking_topic.meeting_mode
    end

    def permissions
      active = object.active?
      now = policy.now
      attributes = object.policy_attributes
      {
        can_cancel: active && policy.can_cancel?(attributes),
        can_reschedule: active && policy.can_reschedule?(attributes),
        can_pick_up: object.can_be_picked_up?(now) && policy.can_pick_up?(attributes),
        can_release: object.can_be_released?(now) && policy.can_release?(attributes),
        can_hand_over: object.can_be_handed_over?(now) && policy.can_hand_over?(attributes),
        can_mark_outcome:
          !object.holder_id.nil? && object.outcome_can_be_marked? &&
            policy.can_mark_outcome?(attributes),
        can_refresh_call_link:
          active && !object.call_token.nil? && policy.can_refresh_call_link?(attributes),
        can_give_feedback: object.held? && policy.can_give_feedback?(attributes),
        can_excuse_no_show:
          object.no_show? && object.no_show_excused_at.nil? &&
            policy.can_excuse_no_show?(attributes),
      }
    end

    # null where the download would be refused, so no card offers it.
    def calendar_url
      object.calendar_path if policy.can_download_calendar?(object.policy_attributes)
    end

    private

    def policy
      @policy ||= PolicyFactory.for(scope, object.booking_topic)
    end

    def basic_user(user)
      BasicUserSerializer.new(user, scope: scope, root: false).as_json if user
    end
  end
end
