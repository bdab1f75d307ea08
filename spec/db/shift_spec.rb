# frozen_string_literal: true

require_relative "../db_helper"

RSpec.describe VolunteerBooking::Shift do
  include_context "with a Wednesday shift"
  let(:unreadable) { (+"caf\xE9").force_encoding(Encoding::UTF_8) }

  def shift_with(**attributes)
    described_class.new(
      booking_topic: booking_topic,
      weekday: 3,
      starts_at: "13:00",
      ends_at: "17:00",
      time_zone: "Europe/London",
      **attributes,
    )
  end

  it "saves a shift in its own time zone" do
    expect(shift_with.save).to eq(true)
  end

  it "refuses what the core's slot engine could not read, with its reasons" do
    {
      { weekday: 7 } => "weekday_invalid",
      { starts_at: "9:00" } => "shift_time_invalid",
      { ends_at: "12:00" } => "shift_end_before_start",
    }.each do |attributes, key|
      expect(refusal(shift_with(**attributes))).to eq([I18n.t("volunteer_booking.errors.#{key}")])
    end
    expect(refusal(shift_with(time_zone: "Mars/Olympus"))).to eq(
      [I18n.t("volunteer_booking.errors.time_zone_unknown", zone: "Mars/Olympus")],
    )
  end

  it "refuses text it cannot store, without reaching the core's checks" do
    text_unreadable =
      "contains characters that cannot be saved, such as a NUL character. " \
        "Please remove them and try again."
    expect(refusal(shift_with(starts_at: unreadable))).to eq(["Starts at #{text_unreadable}"])
    expect(refusal(shift_with(time_zone: "Europe/\u0000"))).to eq(["Time zone #{text_unreadable}"])
    expect { shift_with(time_zone: unreadable).save(validate: false) }.to be_refused_by_postgresql(
      PG::CharacterNotInRepertoire,
    )
  end

  it "keeps its weekday and times of day in the database" do
    # Saved out here: a savepoint rolling back would take it along.
    saved = shift
    {
      { weekday: 7 } => "volunteer_booking_shifts_weekday_known",
      { weekday: -1 } => "volunteer_booking_shifts_weekday_known",
      { starts_at: "9:00" } => "volunteer_booking_shifts_times_of_day",
      { ends_at: "24:00" } => "volunteer_booking_shifts_times_of_day",
      { ends_at: "09:00" } => "volunteer_booking_shifts_times_of_day",
    }.each do |attributes, name|
      expect { saved.update_columns(attributes) }.to violate_check_constraint(name)
    end
    expect(saved.reload.to_core).to include(weekday: 3, starts_at: "09:00", ends_at: "17:00")
  end

  it "goes with its booking topic, and takes its rota with it" do
    entry = put_on_rota(shift, create_user("ana"))
    VolunteerBooking::BookingTopic.where(id: booking_topic.id).delete_all
    expect(described_class.exists?(shift.id)).to eq(false)
    expect(VolunteerBooking::RotaEntry.exists?(entry.id)).to eq(false)
  end

  describe "#upcoming_bookings" do
    it "lists its active bookings that are not over, under way ones too" do
      travel_to(at(wednesday, "10:10")) do
        under_way = create_booking(shift, booker, at(wednesday, "10:00"))
        later = create_booking(shift, booker, at(wednesday, "11:00"), status: :pending)
        picked_up =
          create_booking(
            shift,
            booker,
            at(wednesday, "12:00"),
            status: :picked_up,
            holder_id: create_user("ana").id,
          )
        create_booking(shift, booker, at(wednesday, "09:00"))
        create_booking(shift, booker, at(wednesday, "09:40"))
        create_booking(shift, booker, at(wednesday, "13:00"), status: :cancelled)
        create_booking(
          create_shift(booking_topic, wednesday + 1),
          booker,
          at(wednesday + 1, "11:00"),
        )

        expect(shift.upcoming_bookings).to contain_exactly(under_way, later, picked_up)
      end
    end
  end

  describe "#bookings_left_outside" do
    it "counts the upcoming bookings its unsaved hours no longer cover" do
      travel_to(at(wednesday - 1, "12:00")) do
        create_booking(shift, booker, at(wednesday, "09:00"))
        create_booking(shift, booker, at(wednesday, "15:30"))
        create_booking(shift, booker, at(wednesday, "16:30"))

        shift.assign_attributes(starts_at: "10:00", ends_at: "16:00")
        expect(shift.bookings_left_outside).to eq(2)
        shift.assign_attributes(weekday: 4, starts_at: "09:00", ends_at: "17:00")
        expect(shift.bookings_left_outside).to eq(3)
        shift.restore_attributes
        expect(shift.bookings_left_outside).to eq(0)
      end
    end
  end
end
