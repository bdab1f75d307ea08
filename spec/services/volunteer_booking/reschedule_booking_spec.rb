# frozen_string_literal: true

RSpec.describe VolunteerBooking::RescheduleBooking do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:shift_id) }
    it { is_expected.to validate_presence_of(:starts_at) }
  end

  describe ".call" do
    include_context "with an action on a booking", by: :booker

    fab!(:booking) { picked_up_booking }

    let(:new_time) { Time.utc(2026, 12, 9, 15) }
    let(:params) { { booking_id: booking.id, shift_id: shift.id, starts_at: new_time.iso8601 } }

    it_behaves_like "refused by its policy", :can_reschedule, %i[outsider]

    it_behaves_like "a booker's change until the session starts"

    context "when the booking was cancelled" do
      before { booking.update!(status: :cancelled) }

      it { is_expected.to fail_a_step(:move) }
    end

    context "when the new slot is full" do
      before { 2.times { booking_here(starts_at: new_time) } }

      let(:refusal) { I18n.t("volunteer_booking.errors.slot_full") }

      it_behaves_like "a refused step", :move, keeps: :booking
    end

    context "when the new time is not a slot" do
      let(:new_time) { Time.utc(2026, 12, 9, 15, 10) }

      it { is_expected.to fail_a_step(:move) }
    end

    context "when the organiser changed the questions since the booking" do
      before do
        booking_topic.update!(
          intake_questions: [
            { "id" => "new", "label" => "New?", "type" => "text", "required" => true },
          ],
        )
      end

      it "keeps the answers given and moves the booking" do
        expect(result).to run_successfully
        expect(booking.reload.answers).to include("story" => "I was laid off last month.")
      end
    end

    context "when the booker moves it" do
      it { is_expected.to run_successfully }

      it "moves it, keeping its status and volunteer, and bumps the sequence" do
        result
        expect(booking.reload).to have_attributes(
          shift_id: shift.id,
          starts_at: new_time,
          ends_at: new_time + 30.minutes,
          status: "picked_up",
          holder_id: volunteer.id,
          sequence: 1,
        )
      end

      it "counts it only once when moving within the per-user limit" do
        expect(booking_topic.per_user_limit).to eq(1)
        expect(result).to run_successfully
      end

      it "moves the reminders" do
        expect_enqueued_with(
          job: Jobs::VolunteerBooking::SendReminder,
          args: {
            booking_id: booking.id,
            hours: 24,
            starts_at: new_time.iso8601,
          },
        ) { result }
      end

      it "leaves the old reminders doing nothing" do
        result
        expect { run_reminder_for_slot_time(booking) }.not_to change { Notification.count }
      end
    end

    context "when it is moved to the time it already has" do
      let(:new_time) { slot_time }

      let(:refusal) { I18n.t("volunteer_booking.errors.same_time") }

      it_behaves_like "a refused step", :move, keeps: :booking
    end

    context "when it moves half a slot later, overlapping its own old time" do
      # The other volunteer's place is taken at 14:30, so 14:30 has room
      # only because the booking being moved no longer counts there.
      before { booking_here(starts_at: slot_time + 30.minutes) }

      let(:new_time) { slot_time + 30.minutes }

      it "does not compete with itself" do
        expect(result).to run_successfully
        expect(booking.reload.starts_at).to eq_time(new_time)
      end
    end

    context "when the new time overlaps another booking that fills it" do
      before do
        other_rota_entry.destroy!
        booking_here(starts_at: new_time - 15.minutes, ends_at: new_time + 15.minutes)
      end

      let(:refusal) { I18n.t("volunteer_booking.errors.slot_full") }

      it_behaves_like "a refused step", :move, keeps: :booking
    end

    context "when its volunteer holds another session at the new time" do
      # The other volunteer keeps the slot open, so only the holder clashes.
      before { session_elsewhere(starts_at: new_time) }

      let(:refusal) { busy_refusal(volunteer, new_time) }

      it_behaves_like "a refused step", :move, keeps: :booking
    end

    context "when an organiser moves it for the booker" do
      let(:dependencies) { { guardian: Guardian.new(organiser) } }

      it { is_expected.to run_successfully }
    end
  end
end
