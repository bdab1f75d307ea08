# frozen_string_literal: true

RSpec.describe VolunteerBooking::GiveBackBookingRequest do
  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with a taken booking request"

    let(:params) { { request_id: booking_request.id } }
    let(:dependencies) { { guardian: Guardian.new(volunteer) } }

    context "when another volunteer tries" do
      let(:dependencies) { { guardian: Guardian.new(other_volunteer) } }

      it { is_expected.to fail_a_policy(:can_give_back) }
    end

    context "when it was given to someone else meanwhile" do
      before do
        allow_any_instance_of(VolunteerBooking::BookingRequest).to receive(
          :lock!,
        ).and_wrap_original do |lock, *args|
          VolunteerBooking::BookingRequest.where(id: booking_request.id).update_all(
            taker_id: other_volunteer.id,
          )
          lock.call(*args)
        end
      end

      it "leaves it with whoever has it now" do
        expect(result).to fail_a_step(:ensure_taken_by_user)
        expect(booking_request.reload.taker_id).to eq(other_volunteer.id)
      end
    end

    context "when everything is fine" do
      it "opens it again, with nobody on it" do
        expect(result).to run_successfully
        expect(booking_request.reload).to have_attributes(status: "open", taker_id: nil)
      end
    end
  end
end
