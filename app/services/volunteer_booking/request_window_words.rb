# frozen_string_literal: true

module VolunteerBooking
  # A booking request's windows in words, for its chat message and private
  # message: "Monday, 09:00–11:00 (America/New_York)" or "Wednesday 9
  # December 2026, 13:00–15:00 (Europe/London)". A weekday window recurs,
  # so it cannot be one forum local date; the requester's zone is named
  # instead, as a shift's is.
  module RequestWindowWords
    DATE_FORMAT = "%A %-d %B %Y"

    # One Markdown list item a window.
    def self.list(booking_request)
      booking_request
        .windows
        .map { |window| "- #{describe(window, booking_request.time_zone)}" }
        .join("\n")
    end

    def self.describe(window, time_zone)
      day =
        if window["date"]
          Date.iso8601(window["date"]).strftime(DATE_FORMAT)
        else
          I18n.t("date.day_names")[window["weekday"]]
        end
      I18n.t(
        "volunteer_booking.request_window",
        day: day,
        from: window["from"],
        to: window["to"],
        time_zone: Markup.escape(time_zone),
      )
    end
  end
end
