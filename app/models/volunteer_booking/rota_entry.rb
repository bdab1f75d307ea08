# frozen_string_literal: true

module VolunteerBooking
  # A volunteer on a shift: every week (on_date nil) or on one date.
  class RotaEntry < ActiveRecord::Base
    self.table_name = "volunteer_booking_rota_entries"

    # Entries one booking topic may hold that are not over yet: each weekly
    # one reaches every slot of its shift in the SlotEngine.
    MAX_PER_TOPIC = Limits.count(:rota_entries)

    belongs_to :shift, class_name: "VolunteerBooking::Shift"
    belongs_to :user, class_name: "::User"
    has_many :skips, class_name: "VolunteerBooking::RotaSkip", dependent: :delete_all

    scope :weekly, -> { where(on_date: nil) }
    # Weekly, or on a date that is still today somewhere on Earth (UTC-12
    # to UTC+14 is never more than a day from UTC's date).
    scope :current, -> { where("on_date IS NULL OR on_date >= ?", Time.current.utc.to_date - 1) }
    # The entries that put their volunteer on their shift's occurrence on
    # date: weekly ones that do not skip it, and those for that date.
    scope :on_duty_on,
          ->(date) do
            where("on_date IS NULL OR on_date = ?", date).where.not(
              id: RotaSkip.where(on_date: date).select(:rota_entry_id),
            )
          end

    validates_with StorableValidator, attributes: %i[on_date]
    validate :on_date_matches_weekday

    # The translated refusal when booking_topic holds as many entries as it
    # may, or nil. Takes the topic's row lock, held until the transaction
    # ends, so joins at the same moment are counted one after the other.
    def self.room_refusal(booking_topic)
      booking_topic.lock!
      count =
        current.where(shift_id: Shift.where(booking_topic_id: booking_topic.id).select(:id)).count
      return if count < MAX_PER_TOPIC
      I18n.t("volunteer_booking.errors.rota_full", max: MAX_PER_TOPIC)
    end

    def weekly?
      on_date.nil?
    end

    private

    def on_date_matches_weekday
      return if on_date.nil? || shift.nil? || on_date.wday == shift.weekday
      errors.add(:base, I18n.t("volunteer_booking.errors.on_date_wrong_weekday"))
    end
  end
end

# == Schema Information
#
# Table name: volunteer_booking_rota_entries
#
#  id         :bigint           not null, primary key
#  shift_id   :bigint           not null
#  user_id    :bigint           not null
#  on_date    :date
#  created_at :datetime         not null
#  updated_at :datetime         not null
#
# Indexes
#
#  idx_volunteer_booking_rota_entries_dated              (shift_id,user_id,on_date) UNIQUE WHERE (on_date IS NOT NULL)
#  idx_volunteer_booking_rota_entries_on_shift_and_date  (shift_id,on_date)
#  idx_volunteer_booking_rota_entries_on_user            (user_id)
#  idx_volunteer_booking_rota_entries_weekly             (shift_id,user_id) UNIQUE WHERE (on_date IS NULL)
#
# Foreign Keys
#
#  fk_rails_...  (shift_id => volunteer_booking_shifts.id) ON DELETE => cascade
#
