# frozen_string_literal: true

RSpec.describe VolunteerBooking::ExcuseNoShow do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:booking_id) }
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with volunteers on the rota"

    fab!(:booking) { picked_up_booking(status: :no_show) }

    let(:params) { { booking_id: booking.id } }
    let(:dependencies) { { guardian: Guardian.new(organiser) } }

    before { freeze_time(slot_time + 1.day) }

    it_behaves_like "an action on a booking",
                    policy: :can_excuse_no_show,
                    refused: %i[volunteer booker]

    context "when the session was held" do
      before { booking.update!(status: :held) }

      it { is_expected.to fail_a_step(:ensure_no_show) }
    end

    context "when it was excused already" do
      before { booking.update!(no_show_excused_at: 1.hour.ago) }

      it { is_expected.to fail_a_step(:ensure_no_show) }
    end

    context "when everything is fine" do
      it { is_expected.to run_successfully }

      it "excuses it and keeps it a no-show" do
        result
        expect(booking.reload).to have_attributes(
          status: "no_show",
          no_show_excused_at: Time.current,
        )
      end
    end
  end
end
