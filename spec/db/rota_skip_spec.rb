# frozen_string_literal: true

require_relative "../db_helper"

RSpec.describe VolunteerBooking::RotaSkip do
  let(:wednesday) { in_two_days + ((3 - in_two_days.wday) % 7) }
  let(:booking_topic) { create_booking_topic }
  let(:shift) { create_shift(booking_topic, wednesday) }
  let!(:ana) { create_volunteer(shift, "ana") }
  let!(:ben) { create_volunteer(shift, "ben") }
  let(:ana_entry) { VolunteerBooking::RotaEntry.find_by(user_id: ana.id) }

  def skip(entry = ana_entry, on_date: wednesday)
    described_class.new(rota_entry: entry, on_date: on_date)
  end

  it "takes a weekly volunteer off that date's slots only" do
    skip.save!
    slots = VolunteerBooking::SlotSource.slots(booking_topic)
    capacity =
      slots
        .group_by { |slot| slot.starts_at.to_date }
        .transform_values { |s| s.map(&:capacity).uniq }

    expect(capacity[wednesday]).to eq([1])
    expect(capacity[wednesday + 7]).to eq([2])
  end

  it "takes them off duty for a booking on that date, as OnDuty tells escalation and the announcement" do
    skip.save!
    booker = create_user("cat")
    on_the_day = create_booking(shift, booker, at(wednesday, "10:00"))
    next_week = create_booking(shift, booker, at(wednesday + 7, "10:00"))

    expect(VolunteerBooking::OnDuty.volunteers(on_the_day).map(&:username)).to eq(%w[ben])
    expect(VolunteerBooking::OnDuty.volunteers(next_week).map(&:username)).to eq(%w[ana ben])
  end

  it "leaves an entry for that very date on duty" do
    skip.save!
    expect(VolunteerBooking::RotaEntry.on_duty_on(wednesday).map(&:user_id)).to eq([ben.id])
    expect(VolunteerBooking::RotaEntry.on_duty_on(wednesday + 7).map(&:user_id)).to contain_exactly(
      ana.id,
      ben.id,
    )
  end

  it "refuses a date on another weekday, and an entry for one date" do
    expect(refusal(skip(on_date: wednesday + 1))).to eq(
      [I18n.t("volunteer_booking.errors.on_date_wrong_weekday")],
    )
    dated =
      VolunteerBooking::RotaEntry.create!(
        shift: shift,
        user: create_user("dee"),
        on_date: wednesday,
      )
    expect(refusal(skip(dated))).to eq([I18n.t("volunteer_booking.errors.skip_not_weekly")])
  end

  it "refuses a date it cannot store" do
    expect(refusal(skip(on_date: "infinity"))).to eq(
      ["On date is out of range. Please pick a date between the years 1 and 9999."],
    )
  end

  it "skips a date once, and goes with its rota entry" do
    record = skip.tap(&:save!)
    expect { in_savepoint { skip.save! } }.to raise_error(ActiveRecord::RecordNotUnique)

    VolunteerBooking::RotaEntry.where(id: ana_entry.id).delete_all
    expect(described_class.exists?(record.id)).to eq(false)
  end

  it "is read for the engine within the dates asked" do
    skip.save!
    skip(on_date: wednesday + 14).save!
    expect(described_class.for_engine([ana_entry.id], wednesday, wednesday + 7)).to eq(
      [{ shift_id: shift.id, user_id: ana.id, on_date: wednesday }],
    )
    expect(described_class.for_engine([], wednesday, wednesday + 7)).to eq([])
  end
end
