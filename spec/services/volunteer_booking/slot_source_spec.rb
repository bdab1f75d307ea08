# frozen_string_literal: true

RSpec.describe VolunteerBooking::SlotSource do
  include_context "with volunteers on the rota"

  def slot_at(time)
    described_class.slots(booking_topic).find { |slot| slot.starts_at == time }
  end

  describe ".slots" do
    it "offers the shift's half hours with one place per volunteer on the rota" do
      slots = described_class.slots(booking_topic)

      on_wednesday = slots.select { |slot| slot.starts_at.to_date == wednesday }
      expect(on_wednesday.map { |slot| slot.starts_at.strftime("%H:%M") }).to eq(
        %w[13:00 13:30 14:00 14:30 15:00 15:30 16:00 16:30],
      )
      expect(on_wednesday.map(&:capacity).uniq).to eq([2])
      expect(slots.last.starts_at).to be < Time.current + booking_topic.horizon_days.days
    end

    it "counts active bookings, not cancelled ones" do
      Fabricate(:volunteer_booking_booking, booking_topic:, shift:, starts_at: slot_time)
      Fabricate(
        :volunteer_booking_booking,
        booking_topic:,
        shift:,
        starts_at: slot_time,
        status: :cancelled,
      )

      expect(slot_at(slot_time)).to have_attributes(capacity: 2, booked: 1, available: 1)
    end

    it "leaves out volunteers who have left the volunteer groups" do
      volunteers.remove(other_volunteer)

      expect(slot_at(slot_time).capacity).to eq(1)
    end

    it "leaves out volunteers on time off" do
      Fabricate(
        :volunteer_booking_time_off,
        user: volunteer,
        starts_on: wednesday,
        ends_on: wednesday,
      )

      expect(slot_at(slot_time).capacity).to eq(1)
      expect(slot_at(slot_time + 7.days).capacity).to eq(2)
    end

    it "has no slots without shifts" do
      shift.destroy!

      expect(described_class.slots(booking_topic)).to eq([])
    end
  end

  describe ".booker" do
    it "describes the booker with their active bookings in this topic" do
      Fabricate(:volunteer_booking_booking, booking_topic:, shift:, booker:, starts_at: slot_time)
      Fabricate(:volunteer_booking_booking, booker:, starts_at: slot_time)
      Fabricate(
        :volunteer_booking_booking,
        booking_topic:,
        shift:,
        booker:,
        starts_at: slot_time + 1.hour,
        status: :cancelled,
      )

      expect(described_class.booker(booking_topic, booker)).to eq(
        id: booker.id,
        trust_level: 1,
        staff: false,
        active_bookings: [{ shift_id: shift.id, starts_at: slot_time }],
      )
    end
  end
end
