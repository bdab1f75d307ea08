# frozen_string_literal: true

RSpec.describe VolunteerBooking::ReassignBookingRequest do
  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with a taken booking request"

    let(:params) { { request_id: booking_request.id, user_id: other_volunteer.id } }
    let(:dependencies) { { guardian: Guardian.new(organiser) } }

    context "when a volunteer tries" do
      let(:dependencies) { { guardian: Guardian.new(volunteer) } }

      it { is_expected.to fail_a_policy(:can_reassign) }
    end

    context "when the user does not exist" do
      let(:params) { super().merge(user_id: -1) }

      it { is_expected.to fail_to_find_a_model(:new_taker) }
    end

    context "when the user is not one of the topic's volunteers" do
      let(:params) { super().merge(user_id: outsider.id) }

      it "names them and changes nothing" do
        expect { result }.not_to change { booking_request.reload.attributes }
        expect(result).to fail_a_step(:check_new_taker)
      end
    end

    context "when they have it already" do
      let(:params) { super().merge(user_id: volunteer.id) }

      it { is_expected.to fail_a_step(:ensure_someone_else) }
    end

    context "when everything is fine" do
      it "gives it to them" do
        expect(result).to run_successfully
        expect(booking_request.reload).to have_attributes(
          status: "taken",
          taker_id: other_volunteer.id,
        )
      end
    end
  end
end
