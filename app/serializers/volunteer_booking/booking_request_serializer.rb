# frozen_string_literal: true

module VolunteerBooking
  # api-types.ts BookingRequest. The note and answers go only to those
  # RequestPolicy lets see them (the requester, the taker, organisers), as
  # a booking's answers do; the topic's guide for volunteers only to the
  # taker, whom it addresses. For everyone else the keys are absent.
  class BookingRequestSerializer < ::ApplicationSerializer
    attributes :id,
               :topic_id,
               :topic_title,
               :status,
               :requester,
               :taker,
               :windows,
               :time_zone,
               :note,
               :answers,
               :volunteer_guide,
               :booking_id,
               :session_minutes,
               :min_notice_minutes,
               :created_at,
               :taken_at,
               :expires_at,
               :permissions

    def topic_id
      object.booking_topic.topic_id
    end

    def topic_title
      object.topic&.title.to_s
    end

    def requester
      basic_user(object.requester)
    end

    def taker
      basic_user(object.taker)
    end

    def include_note?
      policy.can_see_details?(object.policy_attributes)
    end

    alias include_answers? include_note?

    def volunteer_guide
      object.booking_topic.volunteer_guide
    end

    def include_volunteer_guide?
      policy.can_see_guide?(object.policy_attributes)
    end

    def session_minutes
      object.booking_topic.session_minutes
    end

    def min_notice_minutes
      object.booking_topic.min_notice_minutes
    end

    def created_at
      object.created_at.utc.iso8601
    end

    def taken_at
      object.taken_at&.utc&.iso8601
    end

    def expires_at
      object.expires_at.utc.iso8601
    end

    # What the request's state allows, asked of the policy.
    def permissions
      attributes = object.policy_attributes
      active = object.active?
      {
        can_take: object.open? && policy.can_take?(attributes),
        can_give_back: object.taken? && policy.can_give_back?(attributes),
        can_withdraw: active && policy.can_withdraw?(attributes),
        can_schedule: object.taken? && policy.can_schedule?(attributes),
        can_reassign: active && policy.can_reassign?(attributes),
      }
    end

    private

    def policy
      @policy ||= RequestPolicy.new(PolicyFactory.for(scope, object.booking_topic))
    end

    def basic_user(user)
      BasicUserSerializer.new(user, scope: scope, root: false).as_json if user
    end
  end
end
