# frozen_string_literal: true

require_relative "../../core_helper"

RSpec.describe VolunteerBooking::RequestWindowWords do
  let(:windows) do
    [
      { "date" => "2026-12-09", "from" => "13:00", "to" => "15:00" },
      { "weekday" => 0, "from" => "09:00", "to" => "11:00" },
    ]
  end

  it "writes a window a list item, the day and the requester's zone spelled out" do
    expect(described_class.list(windows, "Europe/London")).to eq(
      "- Wednesday 9 December 2026, 13:00–15:00 (Europe\\/\u2060London)\n" \
        "- Sunday, 09:00–11:00 (Europe\\/\u2060London)",
    )
  end

  it "writes nothing for no windows" do
    expect(described_class.list([], "Europe/London")).to eq("")
  end

  it "escapes a zone that is not a plain IANA name" do
    expect(described_class.describe(windows.last, "*Mars*")).to end_with("(\\*\u2060Mars\\*\u2060)")
  end

  # Discourse has its own locales: this one is made up for the spec, and
  # only the core's own run may change what I18n holds.
  describe "in another locale" do
    before do
      skip "Discourse owns I18n here" if VolunteerBookingCoreSpec::INSIDE_DISCOURSE
      I18n.available_locales = %i[en fr]
      I18n.backend.store_translations(
        :fr,
        date: {
          day_names: %w[dimanche lundi mardi mercredi jeudi vendredi samedi],
          month_names:
            [nil] + %w[janvier février mars avril mai juin] +
              %w[juillet août septembre octobre novembre décembre],
        },
        volunteer_booking: {
          request_window: "%{day}, %{from}–%{to} (%{time_zone})",
          request_window_date_format: "%A %-d %B %Y",
        },
      )
    end

    after do
      next if VolunteerBookingCoreSpec::INSIDE_DISCOURSE
      I18n.available_locales = nil
      I18n.backend.reload!
    end

    it "takes the day and month names and the date format from the locale" do
      words = I18n.with_locale(:fr) { described_class.list(windows, "UTC") }
      expect(words).to eq(
        "- mercredi 9 décembre 2026, 13:00–15:00 (UTC)\n- dimanche, 09:00–11:00 (UTC)",
      )
    end
  end
end
