# frozen_string_literal: true

module VolunteerBooking
  # The refusal for a volunteer who already holds a session at that time:
  # whose, and when, in the time zone of whoever asked.
  module VolunteerBusy
    def self.message(volunteer, clash, actor)
      I18n.t(
        "volunteer_booking.errors.volunteer_busy",
        username: volunteer&.username || I18n.t("volunteer_booking.deleted_user"),
        time: Markup.wall_time(clash.starts_at, actor&.user_option&.timezone),
      )
    end
  end
end
