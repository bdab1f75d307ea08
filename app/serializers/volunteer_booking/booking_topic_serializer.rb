# frozen_string_literal: true

module VolunteerBooking
  # api-types.ts BookingTopic: the public part, sent to everyone with the
  # topic, plus what the viewer (scope) may do.
  class BookingTopicSerializer < ::ApplicationSerializer
    attributes :id,
               :topic_id,
               :session_minutes,
               :paused,
               :paused_message,
               :per_user_limit,
               :questions,
               :shifts,
               :permissions,
               :requests_enabled

    def questions
      object.intake_questions
    end

    def shifts
      object.shifts.map { |shift| ShiftSerializer.new(shift, scope: scope, root: false).as_json }
    end

    def permissions
      policy = PolicyFactory.for(scope, object)
      {
        can_book: policy.can_book?,
        can_configure: policy.can_configure?,
        can_volunteer: policy.volunteer?,
      }
    end
  end
end
