# frozen_string_literal: true

require_relative "../db_helper"

# The cap on a topic's rota holds when joins arrive together: each join
# counts under the topic's row lock, so the last free place goes once.
RSpec.describe VolunteerBooking::RotaEntry, :concurrency do
  include VolunteerBookingDbSpec::Race

  let(:date) { in_two_days }
  let(:booking_topic) { create_booking_topic }
  let(:shifts) do
    [%w[08:00 11:00], %w[12:00 15:00]].map do |starts_at, ends_at|
      create_shift(booking_topic, date, starts_at: starts_at, ends_at: ends_at)
    end
  end

  # Weekly entries of users who need not exist: the table has no key to
  # users, and the count is all that matters here.
  def fill(shift, count, first_user_id:, on_date: nil)
    now = Time.current
    rows =
      Array.new(count) do |index|
        {
          shift_id: shift.id,
          user_id: first_user_id + index,
          on_date: on_date,
          created_at: now,
          updated_at: now,
        }
      end
    described_class.insert_all!(rows)
  end

  def join(shift, user)
    topic = VolunteerBooking::BookingTopic.find(booking_topic.id)
    described_class.transaction do
      described_class.room_refusal(topic) || described_class.create!(shift: shift, user: user)
    end
  end

  it "lets 20 joins at once over two shifts take only the last 5 of 500 entries" do
    fill(shifts[0], 300, first_user_id: 10_000)
    fill(shifts[1], 195, first_user_id: 20_000)

    joiners = Array.new(20) { |index| create_user("joiner#{index}") }

    attempts = race(20) { |index| join(shifts[index % 2], joiners[index]) }

    expect(errors_of(attempts)).to eq([])
    expect(attempts.map(&:value).count { |value| value.is_a?(described_class) }).to eq(5)
    expect(attempts.map(&:value).grep(String)).to eq(
      [I18n.t("volunteer_booking.errors.rota_full", max: 500)] * 15,
    )
    expect(described_class.count).to eq(500)
  end

  it "counts neither dated entries that are over nor another topic's entries" do
    fill(shifts[0], 499, first_user_id: 10_000)
    fill(shifts[1], 50, first_user_id: 20_000, on_date: date - 14)
    other_shift = create_shift(create_booking_topic, date)
    fill(other_shift, 50, first_user_id: 30_000)

    expect(join(shifts[1], create_user("ana"))).to be_a(described_class)
    expect(join(shifts[1], create_user("ben"))).to eq(
      I18n.t("volunteer_booking.errors.rota_full", max: 500),
    )
  end
end
