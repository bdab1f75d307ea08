# frozen_string_literal: true

module VolunteerBooking
  # Runs the core's ShiftOverlap against a booking topic's stored shifts and
  # names the first clash for the organiser, e.g. "Wednesday 13:00–17:00
  # (Europe/London)". Shared by AddShift and UpdateShift.
  module ShiftOverlapCheck
    def self.clash(booking_topic, shift)
      others = booking_topic.shifts.where.not(id: shift.id).map(&:to_core)
      other = ShiftOverlap.find(shift.to_core, others, from: shift.today)
      return if other.nil?
      I18n.t(
        "volunteer_booking.shift_label",
        weekday: I18n.t("date.day_names")[other[:weekday]],
        starts_at: other[:starts_at],
        ends_at: other[:ends_at],
        time_zone: other[:time_zone],
      )
    end
  end
end
