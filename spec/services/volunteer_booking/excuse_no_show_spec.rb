# frozen_string_literal: true

RSpec.describe VolunteerBooking::ExcuseNoShow do
  describe ".call" do
    include_context "with an action on a booking", by: :organiser

    fab!(:booking) { picked_up_booking(status: :no_show) }

    before { freeze_time(slot_time + 1.day) }

    it_behaves_like "refused by its policy", :can_excuse_no_show, %i[volunteer booker]

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
