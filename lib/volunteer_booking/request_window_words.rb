# frozen_string_literal: true

module VolunteerBooking
  # A booking request's windows in words, for its chat message and private
  # message: "Monday, 09:00–11:00 (America/New_York)" or "Wednesday 9
  # December 2026, 13:00–15:00 (Europe/London)", in the locale's words and
  # date format. A weekday window recurs, so it cannot be one forum local
  # date; the requester's zone is named instead, as a shift's is.
  # A window is { "weekday" => 0..6 (Sunday first) } or { "date" =>
  # "2026-12-09" }, with "from" and "to" wall times.
  module RequestWindowWords
    # One Markdown list item a window.
    def self.list(windows, time_zone)
      windows.map { |window| "- #{describe(window, time_zone)}" }.join("\n")
    end

    def self.describe(window, time_zone)
      I18n.t(
        "volunteer_booking.request_window",
        day: day(window),
        from: window["from"],
        to: window["to"],
        time_zone: Markup.escape(time_zone),
      )
    end

    def self.day(window)
      if window["date"]
        I18n.l(
          Date.iso8601(window["date"]),
          format: I18n.t("volunteer_booking.request_window_date_format"),
        )
      else
        I18n.t("date.day_names")[window["weekday"]]
      end
    end

    private_class_method :day
  end
end
