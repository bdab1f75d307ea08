# frozen_string_literal: true

RSpec.describe VolunteerBooking::Shift do
  subject(:shift) do
    Fabricate.build(
      :volunteer_booking_shift,
      weekday: 3,
      starts_at: "13:00",
      ends_at: "17:00",
      time_zone: "Europe/London",
    )
  end

  before { enable_current_plugin }

  def messages
    shift.validate
    shift.errors.full_messages
  end

  it { is_expected.to be_valid }

  it "refuses a weekday outside Sunday..Saturday" do
    shift.weekday = 7
    expect(messages).to include(I18n.t("volunteer_booking.errors.weekday_invalid"))
  end

  it "refuses times that are not HH:MM" do
    shift.starts_at = "1pm"
    expect(messages).to include(I18n.t("volunteer_booking.errors.shift_time_invalid"))
  end

  it "refuses a shift that ends before it starts" do
    shift.ends_at = "12:00"
    expect(messages).to include(I18n.t("volunteer_booking.errors.shift_end_before_start"))
  end

  it "refuses Rails-only zone names, as the slot engine does" do
    shift.time_zone = "London"
    expect(messages).to include(
      I18n.t("volunteer_booking.errors.time_zone_unknown", zone: "London"),
    )
  end
end
