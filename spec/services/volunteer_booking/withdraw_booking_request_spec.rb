# frozen_string_literal: true

RSpec.describe VolunteerBooking::WithdrawBookingRequest do
  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with volunteers on the rota"

    fab!(:booking_request) { booker_request }

    let(:params) { { request_id: booking_request.id } }
    let(:dependencies) { { guardian: Guardian.new(booker) } }

    context "when a volunteer tries" do
      let(:dependencies) { { guardian: Guardian.new(volunteer) } }

      it { is_expected.to fail_a_policy(:can_withdraw) }
    end

    context "when it has closed already" do
      before { booking_request.update!(status: :expired, closed_at: 1.hour.ago) }

      it "says so and changes nothing" do
        expect { result }.not_to change { booking_request.reload.attributes }
        expect(result).to fail_a_step(:withdraw)
      end
    end

    context "when a volunteer has taken it" do
      before do
        VolunteerBooking::TakeBookingRequest.call(
          params: {
            request_id: booking_request.id,
          },
          guardian: Guardian.new(volunteer),
        )
      end

      it "withdraws it and tells the taker in their private message" do
        expect(result).to run_successfully
        booking_request.reload
        expect(booking_request).to have_attributes(status: "withdrawn", taker_id: volunteer.id)
        expect(Topic.find(booking_request.private_message_topic_id).posts.last.raw).to eq(
          I18n.t("volunteer_booking.request_message.withdrawn"),
        )
      end
    end

    context "when it is open" do
      it "withdraws it" do
        expect(result).to run_successfully
        expect(booking_request.reload.status).to eq("withdrawn")
      end
    end
  end
end
