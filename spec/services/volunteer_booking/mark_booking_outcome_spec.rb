# frozen_string_literal: true

RSpec.describe VolunteerBooking::MarkBookingOutcome do
  describe described_class::Contract, type: :model do
    it do
      is_expected.to validate_inclusion_of(:outcome).in_array(VolunteerBooking::Booking::OUTCOMES)
    end

    it do
      is_expected.to validate_length_of(:note).is_at_most(
        VolunteerBooking::Booking::OUTCOME_NOTE_MAX_LENGTH,
      )
    end
  end

  describe ".call" do
    include_context "with an action on a booking", by: :volunteer

    fab!(:booking) { picked_up_booking }

    let(:params) { { booking_id: booking.id, outcome: "held", note: "  Good chat.  " } }

    before { freeze_time(slot_time + 45.minutes) }

    it_behaves_like "refused by its policy", :can_mark_outcome, %i[other_volunteer booker]

    context "when it changes hands before its row is locked" do
      it_behaves_like "a service that asks again once the booking is locked"
    end

    context "when the session has not started" do
      before { freeze_time(slot_time - 1.minute) }

      it { is_expected.to fail_a_step(:ensure_started) }

      it "says when it can be marked and changes nothing" do
        expect { result }.not_to change { booking.reload.status }
        expect(result["result.step.ensure_started"].error).to eq(
          I18n.t("volunteer_booking.errors.outcome_too_early"),
        )
      end
    end

    context "when nobody picked it up" do
      before { booking.update!(status: :cancelled, holder: nil, expired_at: slot_time) }

      let(:dependencies) { { guardian: Guardian.new(organiser) } }

      it { is_expected.to fail_a_step(:ensure_picked_up) }
    end

    context "when the volunteer marks it held" do
      it { is_expected.to run_successfully }

      it "records the outcome, the note, who and when" do
        result
        expect(booking.reload).to have_attributes(
          status: "held",
          outcome_note: "Good chat.",
          outcome_marked_by_id: volunteer.id,
          outcome_marked_at: Time.current,
        )
      end
    end

    context "when an organiser corrects it to a no-show" do
      before { booking.update!(status: :held) }

      let(:params) { { booking_id: booking.id, outcome: "no_show" } }
      let(:dependencies) { { guardian: Guardian.new(organiser) } }

      it "records it" do
        expect(result).to run_successfully
        expect(booking.reload).to have_attributes(
          status: "no_show",
          outcome_note: nil,
          outcome_marked_by_id: organiser.id,
        )
      end
    end
  end
end
