# frozen_string_literal: true

module VolunteerBooking
  # A date a weekly rota entry leaves out. Whoever computes who is on duty
  # honours it: the SlotEngine (skips:), OnDuty and the rota's grid.
  class RotaSkip < ActiveRecord::Base
    self.table_name = "volunteer_booking_rota_skips"

    belongs_to :rota_entry, class_name: "VolunteerBooking::RotaEntry"

    validates_with StorableValidator, attributes: %i[on_date]
    validates :on_date, presence: true
    validate :entry_is_weekly
    validate :on_date_matches_weekday

    # The engine's skips: { shift_id:, user_id:, on_date: } of the entries
    # given (ids), on dates from first to last.
    def self.for_engine(rota_entry_ids, first, last)
      return [] if rota_entry_ids.empty?
      joins(:rota_entry)
        .where(rota_entry_id: rota_entry_ids, on_date: first..last)
        .pluck(
          "volunteer_booking_rota_entries.shift_id",
          "volunteer_booking_rota_entries.user_id",
          :on_date,
        )
        .map do |shift_id, user_id, on_date|
          { shift_id: shift_id, user_id: user_id, on_date: on_date }
        end
    end

    private

    def entry_is_weekly
      return if rota_entry.nil? || rota_entry.weekly?
      errors.add(:base, I18n.t("volunteer_booking.errors.skip_not_weekly"))
    end

    def on_date_matches_weekday
      shift = rota_entry&.shift
      return if on_date.nil? || shift.nil? || on_date.wday == shift.weekday
      errors.add(:base, I18n.t("volunteer_booking.errors.on_date_wrong_weekday"))
    end
  end
end

# == Schema Information
#
# Table name: volunteer_booking_rota_skips
#
#  id            :bigint           not null, primary key
#  rota_entry_id :bigint           not null
#  on_date       :date             not null
#  created_at    :datetime         not null
#  updated_at    :datetime         not null
#
# Indexes
#
#  idx_volunteer_booking_rota_skips_on_entry_and_date  (rota_entry_id,on_date) UNIQUE
#
# Foreign Keys
#
#  fk_rails_...  (rota_entry_id => volunteer_booking_rota_entries.id) ON DELETE => cascade
#
