# frozen_string_literal: true

RSpec.describe VolunteerBooking::StopFollowUps do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:booking_id) }
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with volunteers on the rota"

    fab!(:booking) { picked_up_booking(status: :held) }

    let(:params) { { booking_id: booking.id } }
    let(:dependencies) { { guardian: Guardian.new(booker) } }

    before { freeze_time(slot_time + 3.hours) }

    it_behaves_like "an action on a booking", policy: :can_give_feedback, refused: %i[volunteer]

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
