# frozen_string_literal: true

module VolunteerBooking
  # Puts a volunteer on a shift, every week (no on_date) or on one date.
  # Volunteers put themselves on; organisers may put any volunteer of the
  # topic on by passing user_id.
  class JoinShift
    include Service::Base
    include RateLimits
    include BookingTopicSteps

    params(base_class: StrictParams) do
      attribute :topic_id, :integer
      attribute :shift_id, :integer
      attribute :on_date, :date
      attribute :user_id, :integer

      validates :topic_id, presence: true
      validates :shift_id, presence: true
    end

    model :booking_topic
    model :shift
    policy :can_join
    limit_per_hour :rota
    model :user
    step :ensure_volunteer
    model :rota_entry, :build_rota_entry
    step :ensure_not_past

    transaction do
      step :ensure_room
      step :ensure_not_on_shift
      step :save_rota_entry
    end

    step :publish_slots_changed

    private

    def fetch_shift(booking_topic:, params:)
      booking_topic.shifts.find_by(id: params.shift_id)
    end

    def fetch_user(params:, guardian:)
      params.user_id.nil? ? guardian.user : ::User.find_by(id: params.user_id)
    end

    # Decided on the id asked for, before it is looked up: only those who
    # may put others on the rota learn whether a user id exists.
    def can_join(guardian:, booking_topic:, params:)
      policy = PolicyFactory.for(guardian, booking_topic)
      own = params.user_id.nil? || params.user_id == guardian.user&.id
      own ? policy.can_edit_own_rota? : policy.can_edit_rota?
    end

    def ensure_volunteer(booking_topic:, user:)
      return if PolicyFactory.for_user(user, booking_topic).volunteer?
      fail!(I18n.t("volunteer_booking.errors.not_a_volunteer", username: user.username))
    end

    def build_rota_entry(shift:, user:, params:)
      shift.rota_entries.build(user: user, on_date: params.on_date)
    end

    def ensure_not_past(shift:, rota_entry:)
      return if rota_entry.weekly? || rota_entry.on_date >= shift.today
      fail!(I18n.t("volunteer_booking.errors.on_date_past"))
    end

    # Takes the booking topic's row lock, which serialises joins to the
    # topic: the cap is counted afresh, and a weekly and a dated entry for
    # the same person cannot slip in side by side.
    def ensure_room(booking_topic:)
      refusal = RotaEntry.room_refusal(booking_topic)
      fail!(refusal) if refusal
    end

    # On the shift every week already, or on that date already (a weekly
    # entry that skips the date does not count).
    def ensure_not_on_shift(shift:, rota_entry:)
      entries = shift.rota_entries.where(user_id: rota_entry.user_id)
      entries = rota_entry.weekly? ? entries.weekly : entries.on_duty_on(rota_entry.on_date)
      return if !entries.exists?
      fail!(I18n.t("volunteer_booking.errors.already_on_shift"))
    end

    # Joining every week absorbs the person's one-date entries on the shift;
    # joining a date their weekly entry skips takes the skip away instead.
    def save_rota_entry(shift:, rota_entry:)
      mine = shift.rota_entries.where(user_id: rota_entry.user_id)
      if rota_entry.weekly?
        mine.where.not(on_date: nil).delete_all
      elsif (weekly = mine.weekly.first)
        weekly.skips.where(on_date: rota_entry.on_date).delete_all
        context[:rota_entry] = weekly
        return
      end
      rota_entry.save!
    rescue ActiveRecord::RecordNotUnique
      fail!(I18n.t("volunteer_booking.errors.already_on_shift"))
    end
  end
end
