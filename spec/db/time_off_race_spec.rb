# frozen_string_literal: true

require_relative "../db_helper"

# The caps on a person's time off hold when adds arrive together: each add
# counts under the person's lock, so the last free place goes once.
RSpec.describe VolunteerBooking::TimeOff, :concurrency do
  include VolunteerBookingDbSpec::Race

  let!(:volunteer) { create_user("ana", timezone: "Asia/Tokyo") }
  let!(:today) { described_class.today_for(volunteer) }

  def add_time_off(starts_on, days)
    time_off =
      described_class.new(
        user: User.find(volunteer.id),
        starts_on: starts_on,
        ends_on: starts_on + days - 1,
      )
    described_class.transaction { described_class.allowance_refusal(time_off) || time_off.save! }
  end

  def store(starts_on, days)
    described_class.create!(user: volunteer, starts_on: starts_on, ends_on: starts_on + days - 1)
  end

  it "lets 20 adds at once take only the last 5 of 50 entries" do
    45.times { |index| store(today + (index * 2), 1) }

    attempts = race(20) { |index| add_time_off(today + 100 + (index * 2), 1) }

    expect(errors_of(attempts)).to eq([])
    expect(attempts.map(&:value).count(true)).to eq(5)
    expect(attempts.map(&:value) - [true]).to eq(
      [I18n.t("volunteer_booking.errors.time_off_too_many", max: 50)] * 15,
    )
    expect(described_class.where(user_id: volunteer.id).count).to eq(50)
  end

  it "lets 10 adds of 100 days at once take only 7 of the 730 days" do
    attempts = race(10) { |index| add_time_off(today + (index * 100), 100) }

    expect(errors_of(attempts)).to eq([])
    expect(attempts.map(&:value).count(true)).to eq(7)
    expect(attempts.map(&:value) - [true]).to eq(
      [I18n.t("volunteer_booking.errors.time_off_too_many_days", max: 730, left: 30)] * 3,
    )
  end

  it "counts neither time off that is over nor the days of it already past" do
    50.times { |index| store(today - 60 + index, 1) }
    store(today - 300, 310)

    expect(add_time_off(today + 10, 366)).to eq(true)
    expect(add_time_off(today + 400, 355)).to eq(
      I18n.t("volunteer_booking.errors.time_off_too_many_days", max: 730, left: 354),
    )
  end

  it "counts each person's time off on its own" do
    other = create_user("ben")
    50.times { |index| store(today + index, 1) }

    time_off = described_class.new(user: other, starts_on: today, ends_on: today)
    expect(described_class.transaction { described_class.allowance_refusal(time_off) }).to be_nil
  end
end
