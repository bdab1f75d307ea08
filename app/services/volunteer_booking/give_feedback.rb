# frozen_string_literal: true

module VolunteerBooking
  # The booker answers "How did it go?" after a held session (FollowUp's
  # three answers), with an optional comment; answering again changes it.
  # Only organisers and the volunteer who held the session see it
  # (BookingSerializer).
  class GiveFeedback
    include Service::Base
    include RateLimits
    include BookingSteps

    params(base_class: StrictParams) do
      attribute :booking_id, :integer
      attribute :answer, :string
      attribute :comment, :string

      validates :booking_id, presence: true
      validates :answer, inclusion: { in: FollowUp::ANSWERS }
      validates :comment, length: { maximum: Booking::FEEDBACK_COMMENT_MAX_LENGTH }
    end

    model :booking
    policy :can_give_feedback
    limit_per_hour :feedback

    transaction do
      step :lock_booking
      step :ensure_held
      step :save_feedback
    end

    private

    def can_give_feedback(guardian:, booking:)
      booking_policy(guardian, booking).can_give_feedback?(booking.policy_attributes)
    end

    def ensure_held(booking:)
      fail!(I18n.t("volunteer_booking.errors.feedback_not_possible")) if !booking.held?
    end

    def save_feedback(booking:, params:)
      booking.update!(
        feedback: params.answer,
        feedback_comment: params.comment.presence,
        feedback_at: Time.current,
      )
    end
  end
end
