# frozen_string_literal: true

module VolunteerBooking
  # A volunteer's days away, both ends included. It applies to every booking
  # topic they volunteer for; the SlotEngine leaves them out of those days.
  class TimeOff < ActiveRecord::Base
    self.table_name = "volunteer_booking_time_offs"

    MAX_DAYS = Limits.count(:time_off_days)
    # Caps on the time off one person keeps from today on (TimeOffAllowance).
    MAX_CURRENT = Limits.count(:time_off_entries)
    MAX_CURRENT_DAYS = Limits.count(:time_off_current_days)
    NOTE_MAX_LENGTH = Limits.length(:time_off_note)

    belongs_to :user, class_name: "::User"

    scope :overlapping, ->(first, last) { where("starts_on <= ? AND ends_on >= ?", last, first) }

    validates_with StorableValidator, attributes: %i[starts_on ends_on note]
    validates :starts_on, presence: true
    validates :ends_on, presence: true
    validates :note, length: { maximum: NOTE_MAX_LENGTH }
    validate :range_is_sane

    # Today in the user's own time zone (UTC when they have not set one).
    def self.today_for(user)
      zone = SlotEngine.tzinfo(user&.user_option&.timezone.presence) || SlotEngine.tzinfo("UTC")
      Time.current.in_time_zone(zone).to_date
    end

    # The translated refusal when adding time_off would take its owner past
    # the caps, or nil. Holds the owner's time-off lock until the transaction
    # ends, so adds at the same moment are counted one after the other.
    def self.allowance_refusal(time_off)
      VolunteerLock.hold(time_off.user_id, :time_off)
      today = today_for(time_off.user)
      current =
        where(user_id: time_off.user_id)
          .where("ends_on >= ?", today)
          .pluck(:starts_on, :ends_on)
          .map { |starts_on, ends_on| { starts_on: starts_on, ends_on: ends_on } }
      result =
        TimeOffAllowance.check(
          current,
          { starts_on: time_off.starts_on, ends_on: time_off.ends_on },
          today: today,
          max_entries: MAX_CURRENT,
          max_days: MAX_CURRENT_DAYS,
        )
      I18n.t(result.i18n_key, **result.params) if !result.ok?
    end

    private

    def range_is_sane
      return if starts_on.nil? || ends_on.nil?
      if ends_on < starts_on
        errors.add(:base, I18n.t("volunteer_booking.errors.time_off_range_invalid"))
      elsif (ends_on - starts_on).to_i + 1 > MAX_DAYS
        errors.add(:base, I18n.t("volunteer_booking.errors.time_off_too_long", max: MAX_DAYS))
      end
    end
  end
end

# == Schema Information
#
# Table name: volunteer_booking_time_offs
#
#  id         :bigint           not null, primary key
#  user_id    :bigint           not null
#  starts_on  :date             not null
#  ends_on    :date             not null
#  note       :string(200)
#  created_at :datetime         not null
#  updated_at :datetime         not null
#
# Indexes
#
#  idx_volunteer_booking_time_offs_on_user_and_end  (user_id,ends_on)
#
