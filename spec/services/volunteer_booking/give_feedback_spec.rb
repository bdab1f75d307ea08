# frozen_string_literal: true

RSpec.describe VolunteerBooking::GiveFeedback do
  describe described_class::Contract, type: :model do
    it do
      is_expected.to validate_inclusion_of(:answer).in_array(VolunteerBooking::FollowUp::ANSWERS)
    end

    it do
      is_expected.to validate_length_of(:comment).is_at_most(
        VolunteerBooking::Booking::FEEDBACK_COMMENT_MAX_LENGTH,
      )
    end
  end

  describe ".call" do
    include_context "with an action on a booking", by: :booker

    fab!(:booking) { picked_up_booking(status: :held, outcome_marked_at: slot_time + 30.minutes) }

    let(:params) { { booking_id: booking.id, answer: "helpful", comment: "  Very useful.  " } }

    before { freeze_time(slot_time + 3.hours) }

    it_behaves_like "refused by its policy", :can_give_feedback, %i[volunteer organiser]

    context "when the session was not held" do
      before { booking.update!(status: :no_show) }

      it { is_expected.to fail_a_step(:ensure_held) }

      it "says why and stores nothing" do
        expect { result }.not_to change { booking.reload.feedback }
        expect(result["result.step.ensure_held"].error).to eq(
          I18n.t("volunteer_booking.errors.feedback_not_possible"),
        )
      end
    end

    context "when everything is fine" do
      it { is_expected.to run_successfully }

      it "stores the answer, the cleaned comment and when" do
        result
        expect(booking.reload).to have_attributes(
          feedback: "helpful",
          feedback_comment: "Very useful.",
          feedback_at: Time.current,
        )
      end

      it "lets the booker change the answer" do
        result
        described_class.call(params: { booking_id: booking.id, answer: "somewhat" }, **dependencies)
        expect(booking.reload).to have_attributes(feedback: "somewhat", feedback_comment: nil)
      end
    end
  end
end
