# frozen_string_literal: true

module VolunteerBooking
  # Who is on the rota for a booking's shift occurrence: the shift's weekly
  # entries that do not skip that date and those for that date (the date
  # where the shift takes place, RotaEntry.on_duty_on),
  # of people still in one of the topic's volunteer groups, less anyone on
  # time off that day. The same rules as the SlotEngine's capacity.
  module OnDuty
    MAX = 50

    # Array<User>, by username.
    def self.volunteers(booking)
      shift = booking.shift
      booking_topic = booking.booking_topic
      return [] if shift.nil? || booking_topic.nil?
      zone = SlotEngine.tzinfo(shift.time_zone) || SlotEngine.tzinfo("UTC")
      date = booking.starts_at.in_time_zone(zone).to_date

      user_ids =
        RotaEntry
          .where(shift_id: shift.id)
          .on_duty_on(date)
          .where(
            user_id:
              ::GroupUser.where(group_id: booking_topic.volunteer_group_ids).select(:user_id),
          )
          .distinct
          .pluck(:user_id)
      return [] if user_ids.empty?
      away = TimeOff.where(user_id: user_ids).overlapping(date, date).pluck(:user_id)

      ::User.human_users.where(id: user_ids - away).order(:username_lower).limit(MAX).to_a
    end
  end
end
