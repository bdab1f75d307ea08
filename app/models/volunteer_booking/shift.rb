# frozen_string_literal: true

module VolunteerBooking
  # A weekly window when a booking topic is open, in its own IANA zone.
  class Shift < ActiveRecord::Base
    self.table_name = "volunteer_booking_shifts"

    belongs_to :booking_topic, class_name: "VolunteerBooking::BookingTopic"
    has_many :rota_entries,
             class_name: "VolunteerBooking::RotaEntry",
             inverse_of: :shift,
             dependent: :delete_all

    validates_with StorableValidator, attributes: %i[starts_at ends_at time_zone]
    validate :follows_core_rules
    validates :volunteers_wanted, numericality: { only_integer: true, in: Gaps::VOLUNTEERS_WANTED }

    # The shift as the core's SlotEngine and ShiftOverlap take it.
    def to_core
      { id: id, weekday: weekday, starts_at: starts_at, ends_at: ends_at, time_zone: time_zone }
    end

    # Its active bookings that are not over yet: what removing or changing
    # the shift must not leave without a shift.
    def upcoming_bookings
      Booking.active.where(shift_id: id).where("ends_at > ?", Time.current)
    end

    # How many upcoming bookings the shift, with its unsaved changes, no
    # longer covers.
    def bookings_left_outside
      bookings =
        upcoming_bookings
          .pluck(:starts_at, :ends_at)
          .map { |starts_at, ends_at| { starts_at: starts_at, ends_at: ends_at } }
      ShiftWindow.outside_count(to_core, bookings)
    end

    # The refusal when count bookings are in the way of a change.
    def self.bookings_in_the_way(count)
      I18n.t("volunteer_booking.errors.bookings_in_the_way", count: count)
    end

    # Today's date where the shift takes place.
    def today
      Time.current.in_time_zone(SlotEngine.tzinfo(time_zone)).to_date
    end

    # The times of date where the shift takes place, as a half-open Range.
    def day_range(date)
      zone = SlotEngine.tzinfo(time_zone)
      date.in_time_zone(zone)...(date + 1).in_time_zone(zone)
    end

    private

    # The same checks as SlotEngine.parse_shift, one translated error each.
    def follows_core_rules
      unless weekday.is_a?(Integer) && weekday.between?(0, 6)
        errors.add(:base, I18n.t("volunteer_booking.errors.weekday_invalid"))
      end

      times = [starts_at, ends_at]
      if !times.all? { |time| time.is_a?(String) && SlotEngine::TIME_OF_DAY.match?(time) }
        errors.add(:base, I18n.t("volunteer_booking.errors.shift_time_invalid"))
      elsif ends_at <= starts_at
        errors.add(:base, I18n.t("volunteer_booking.errors.shift_end_before_start"))
      end

      return if SlotEngine.iana_time_zone?(time_zone)
      errors.add(:base, I18n.t("volunteer_booking.errors.time_zone_unknown", zone: time_zone.to_s))
    end
  end
end

# == Schema Information
#
# Table name: volunteer_booking_shifts
#
#  id               :bigint           not null, primary key
#  booking_topic_id :bigint           not null
#  weekday          :integer          not null
#  starts_at        :string(5)        not null
#  ends_at          :string(5)        not null
#  time_zone        :string(100)      not null
#  volunteers_wanted :integer         default(1), not null
#  created_at       :datetime         not null
#  updated_at       :datetime         not null
#
# Indexes
#
#  idx_volunteer_booking_shifts_on_topic_and_weekday  (booking_topic_id,weekday)
#
# Foreign Keys
#
#  fk_rails_...  (booking_topic_id => volunteer_booking_topics.id) ON DELETE => cascade
#
