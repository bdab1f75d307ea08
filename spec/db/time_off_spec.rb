# frozen_string_literal: true

require_relative "../db_helper"

RSpec.describe VolunteerBooking::TimeOff do
  let(:volunteer) { create_user("ana") }
  let(:first_day) { Date.new(2027, 3, 1) }

  def time_off(starts_on: first_day, ends_on: first_day + 6, **attributes)
    described_class.new(user: volunteer, starts_on: starts_on, ends_on: ends_on, **attributes)
  end

  it "saves a range, a single day and the longest range allowed" do
    [first_day + 6, first_day, first_day + 365].each do |ends_on|
      expect(time_off(ends_on: ends_on).save).to eq(true)
    end
    expect(described_class.count).to eq(3)
  end

  it "refuses a range that ends before it starts" do
    expect(refusal(time_off(ends_on: first_day - 1))).to eq(
      [I18n.t("volunteer_booking.errors.time_off_range_invalid")],
    )
  end

  it "refuses a range longer than a year and a day" do
    expect(refusal(time_off(ends_on: first_day + 366))).to eq(
      [I18n.t("volunteer_booking.errors.time_off_too_long", max: 366)],
    )
  end

  it "refuses a note over 200 characters" do
    expect(refusal(time_off(note: "x" * 201))).to eq(
      ["Note is too long (maximum is 200 characters)"],
    )
  end

  it "refuses infinite dates, which used to crash its range check" do
    messages = refusal(time_off(starts_on: "-infinity", ends_on: "infinity"))
    expect(messages).to eq(
      [
        "Starts on is out of range. Please pick a date between the years 1 and 9999.",
        "Ends on is out of range. Please pick a date between the years 1 and 9999.",
      ],
    )
  end

  it "refuses a date past 9999 or before the year 1, as PostgreSQL does" do
    [Date.new(10_000, 1, 1), Date.new(0, 12, 31)].each do |date|
      record = time_off(starts_on: date, ends_on: date)
      expect(refusal(record).first).to start_with("Starts on is out of range.")
      expect { record.save(validate: false) }.to violate_check_constraint(
        "volunteer_booking_time_offs_dates_in_range",
      )
    end
  end

  it "refuses a note PostgreSQL cannot store" do
    unreadable = (+"caf\xE9").force_encoding(Encoding::UTF_8)
    ["tea\u0000", unreadable, "caf\xE9".b].each do |note|
      expect(refusal(time_off(note: note))).to eq(
        [
          "Note contains characters that cannot be saved, such as a NUL character. " \
            "Please remove them and try again.",
        ],
      )
    end

    expect { time_off(note: unreadable).save(validate: false) }.to be_refused_by_postgresql(
      PG::CharacterNotInRepertoire,
    )
    expect { time_off(note: "caf\xE9".b).save(validate: false) }.to be_refused_by_postgresql(
      PG::CharacterNotInRepertoire,
    )
    # The pg gem refuses a NUL before PostgreSQL sees it.
    expect { in_savepoint { time_off(note: "tea\u0000").save(validate: false) } }.to raise_error(
      ArgumentError,
      /null byte/,
    )
  end

  it "keeps its range the right way round in the database" do
    record = time_off.tap(&:save!)
    expect { record.update_columns(ends_on: first_day - 1) }.to violate_check_constraint(
      "volunteer_booking_time_offs_ends_after_start",
    )
    expect { record.update_columns(ends_on: "infinity") }.to violate_check_constraint(
      "volunteer_booking_time_offs_dates_in_range",
    )
    expect(record.reload.ends_on).to eq(first_day + 6)
  end

  describe ".overlapping" do
    it "finds the time off touching the range on either end, both ends included" do
      record = time_off.tap(&:save!)
      last_day = record.ends_on

      expect(described_class.overlapping(first_day - 3, first_day)).to contain_exactly(record)
      expect(described_class.overlapping(last_day, last_day + 3)).to contain_exactly(record)
      expect(described_class.overlapping(first_day + 2, first_day + 3)).to contain_exactly(record)
      expect(described_class.overlapping(first_day - 3, first_day - 1)).to be_empty
      expect(described_class.overlapping(last_day + 1, last_day + 3)).to be_empty
    end
  end

  describe ".today_for" do
    it "is today in the user's time zone, or in UTC" do
      travel_to(Time.utc(2027, 3, 1, 23, 30)) do
        volunteer.user_option.update!(timezone: "Asia/Tokyo")
        expect(described_class.today_for(volunteer.reload)).to eq(Date.new(2027, 3, 2))
        expect(described_class.today_for(create_user("ben"))).to eq(Date.new(2027, 3, 1))
      end
    end
  end
end
