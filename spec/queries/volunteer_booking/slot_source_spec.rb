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

    it "holds every slot an off-grid booking overlaps" do
      Fabricate(
        :volunteer_booking_booking,
        booking_topic:,
        shift:,
        starts_at: slot_time + 10.minutes,
        ends_at: slot_time + 40.minutes,
      )

      expect(slot_at(slot_time)).to have_attributes(booked: 1, available: 1)
      expect(slot_at(slot_time + 30.minutes)).to have_attributes(booked: 1, available: 1)
      expect(slot_at(slot_time + 1.hour)).to have_attributes(booked: 0)
    end

    it "keeps the time a booking made under a longer session length holds" do
      booking_topic.update!(session_minutes: 60)
      Fabricate(
        :volunteer_booking_booking,
        booking_topic:,
        shift:,
        starts_at: slot_time,
        ends_at: slot_time + 1.hour,
      )
      booking_topic.update!(session_minutes: 30)

      expect(slot_at(slot_time).booked).to eq(1)
      expect(slot_at(slot_time + 30.minutes).booked).to eq(1)
    end

    describe "volunteers busy in other booking topics" do
      it "leaves a volunteer out of the slots their session elsewhere overlaps" do
        session_elsewhere(starts_at: slot_time + 15.minutes)

        expect(slot_at(slot_time)).to have_attributes(
          capacity: 1,
          volunteer_ids: [other_volunteer.id],
        )
        expect(slot_at(slot_time + 30.minutes).capacity).to eq(1)
        expect(slot_at(slot_time + 1.hour).capacity).to eq(2)
      end

      it "does not offer a slot when its only volunteer is busy elsewhere" do
        other_rota_entry.destroy!
        session_elsewhere

        expect(slot_at(slot_time)).to be_nil
      end

      it "is not held by a pending or cancelled booking elsewhere" do
        session_elsewhere(status: :pending, holder: nil, picked_up_at: nil)
        session_elsewhere(status: :cancelled)

        expect(slot_at(slot_time).capacity).to eq(2)
      end
    end

    it "leaves out volunteers flagged No access: they cannot join the topic's chat channel" do
      SiteSetting.chat_enabled = true
      channel = Fabricate(:private_category_channel, group: Fabricate(:group))
      booking_topic.update!(chat_channel_id: channel.id)

      expect(slot_at(slot_time)).to be_nil
    end

    it "has no slots without shifts" do
      shift.destroy!

      expect(described_class.slots(booking_topic)).to eq([])
    end
  end

  describe ".booker" do
    it "describes the booker with their active bookings and requests in this topic" do
      pending_booking
      Fabricate(:volunteer_booking_request, booking_topic:, requester: booker)
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
        active_bookings: [
          { shift_id: shift.id, starts_at: slot_time, ends_at: slot_time + 30.minutes },
        ],
        active_requests: 1,
      )
    end
  end
end
