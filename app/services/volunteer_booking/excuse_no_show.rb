# frozen_string_literal: true

module VolunteerBooking
  # An organiser lifts the approval a booker's repeated no-shows brought
  # (FollowUp.approval_check): the no-show stays on the booking, for the
  # counts, but no longer counts towards the limit.
  class ExcuseNoShow
    include Service::Base
    include RateLimits
    include BookingSteps

    params(base_class: StrictParams) do
      attribute :booking_id, :integer

      validates :booking_id, presence: true
    end

    model :booking
    policy :can_excuse_no_show
    limit_per_hour :outcome

    transaction do
      step :lock_booking
      step :ensure_no_show
      step :excuse
    end

    private

    def can_excuse_no_show(guardian:, booking:)
      booking_policy(guardian, booking).can_excuse_no_show?(booking.policy_attributes)
    end

    def ensure_no_show(booking:)
      return if booking.no_show? && booking.no_show_excused_at.nil?
      fail!(I18n.t("volunteer_booking.errors.no_show_not_excusable"))
    end

    def excuse(booking:)
      booking.update!(no_show_excused_at: Time.current)
    end
  end
end
