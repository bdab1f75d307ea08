# frozen_string_literal: true

module VolunteerBooking
  # Records days a volunteer is away. Time off belongs to the person, not to
  # a topic: it takes them off every rota they are on for those days.
  class AddTimeOff
    include Service::Base
    include RateLimits

    params(base_class: StrictParams) do
      attribute :starts_on, :date
      attribute :ends_on, :date
      attribute :note, :string

      validates :starts_on, presence: true
      validates :ends_on, presence: true
    end

    policy :can_add_time_off
    limit_per_hour :time_off
    model :time_off, :build_time_off
    step :ensure_not_past

    transaction do
      step :ensure_within_allowance
      step :save_time_off
    end

    step :publish_slots_changed

    private

    def can_add_time_off(guardian:)
      PolicyFactory.for(guardian, nil).signed_in?
    end

    def build_time_off(params:, guardian:)
      TimeOff.new(
        user: guardian.user,
        starts_on: params.starts_on,
        ends_on: params.ends_on,
        note: params.note.presence,
      )
    end

    def ensure_not_past(time_off:)
      return if time_off.ends_on >= TimeOff.today_for(time_off.user)
      fail!(I18n.t("volunteer_booking.errors.time_off_past"))
    end

    def ensure_within_allowance(time_off:)
      refusal = TimeOff.allowance_refusal(time_off)
      fail!(refusal) if refusal
    end

    def save_time_off(time_off:)
      time_off.save!
    end

    # Time off takes the volunteer off every rota they are on, so those
    # topics' gap messages change too.
    def publish_slots_changed(time_off:)
      LiveUpdates.volunteer_rota_changed(time_off.user)
      GapRecruiting.rota_changed(BookingTopic.on_rota_of(time_off.user_id).to_a)
    end
  end
end
