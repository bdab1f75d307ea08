# frozen_string_literal: true

require_relative "../db_helper"

RSpec.describe VolunteerBooking::RotaEntry do
  include_context "with a Wednesday shift"

  def entry(on_date: nil)
    described_class.new(shift: shift, user: volunteer, on_date: on_date)
  end

  it "saves a weekly entry and one on a date of the shift's weekday" do
    expect(entry.save).to eq(true)
    expect(entry(on_date: wednesday + 7).save).to eq(true)
    expect(described_class.weekly.map(&:on_date)).to eq([nil])
  end

  it "refuses a date on another weekday" do
    expect(refusal(entry(on_date: wednesday + 1))).to eq(
      [I18n.t("volunteer_booking.errors.on_date_wrong_weekday")],
    )
  end

  it "refuses a date it cannot store, without reaching its weekday check" do
    ["infinity", 5, Date.new(10_000, 1, 5)].each do |on_date|
      expect(refusal(entry(on_date: on_date))).to eq(
        ["On date is out of range. Please pick a date between the years 1 and 9999."],
      )
    end
  end

  it "keeps its date within the years 1 to 9999 in the database" do
    record = entry(on_date: wednesday).tap(&:save!)
    expect { record.update_columns(on_date: "infinity") }.to violate_check_constraint(
      "volunteer_booking_rota_entries_on_date_in_range",
    )
    expect(record.reload.on_date).to eq(wednesday)
  end

  it "holds a volunteer on a shift once every week and once a date" do
    entry.save!
    entry(on_date: wednesday).save!

    expect { in_savepoint { entry.save! } }.to raise_error(ActiveRecord::RecordNotUnique)
    expect { in_savepoint { entry(on_date: wednesday).save! } }.to raise_error(
      ActiveRecord::RecordNotUnique,
    )
    expect(entry(on_date: wednesday + 7).save).to eq(true)
    expect(described_class.create!(shift: shift, user: create_user("ben"))).to be_persisted
  end

  it "goes with its shift" do
    record = entry.tap(&:save!)
    VolunteerBooking::Shift.where(id: shift.id).delete_all
    expect(described_class.exists?(record.id)).to eq(false)
  end
end
