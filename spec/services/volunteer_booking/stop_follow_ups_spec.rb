# frozen_string_literal: true

RSpec.describe VolunteerBooking::StopFollowUps do
  describe ".call" do
    include_context "with an action on a booking", by: :booker

    fab!(:booking) { picked_up_booking(status: :held) }

    before { freeze_time(slot_time + 3.hours) }

    it_behaves_like "refused by its policy", :can_give_feedback, %i[volunteer]

    context "when everything is fine" do
      it { is_expected.to run_successfully }

      it "marks the booking, and a second opt-out keeps the first time" do
        result
        first = booking.reload.follow_ups_stopped_at
        expect(first).to eq_time(Time.current)
        freeze_time(1.hour.from_now)
        described_class.call(params:, **dependencies)
        expect(booking.reload.follow_ups_stopped_at).to eq_time(first)
      end
    end
  end
end
