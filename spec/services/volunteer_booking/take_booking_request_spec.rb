# frozen_string_literal: true

RSpec.describe VolunteerBooking::TakeBookingRequest do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:request_id) }
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with volunteers on the rota"

    fab!(:booking_request) { booker_request(note: "Mornings suit me.") }

    let(:params) { { request_id: booking_request.id } }
    let(:dependencies) { { guardian: Guardian.new(volunteer) } }

    context "when the request does not exist" do
      let(:params) { { request_id: -1 } }

      it { is_expected.to fail_to_find_a_model(:booking_request) }
    end

    context "when someone with no part in the topic asks" do
      let(:dependencies) { { guardian: Guardian.new(outsider) } }

      it "finds nothing, so the id reveals nothing" do
        expect(result).to fail_to_find_a_model(:booking_request)
      end
    end

    context "when the requester is a volunteer taking their own request" do
      before { volunteers.add(booker) }

      let(:dependencies) { { guardian: Guardian.new(booker) } }

      it { is_expected.to fail_a_policy(:can_take) }
    end

    context "when another volunteer took it first" do
      before do
        booking_request.update!(status: :taken, taker: other_volunteer, taken_at: 1.hour.ago)
      end

      it "says who has it and changes nothing" do
        expect { result }.not_to change { booking_request.reload.attributes }
        expect(result).to fail_a_step(:take)
        expect(result["result.step.take"].error).to eq(
          I18n.t("volunteer_booking.errors.request_taken", username: other_volunteer.username),
        )
      end
    end

    context "when the requester withdrew it" do
      before { booking_request.update!(status: :withdrawn, closed_at: 1.hour.ago) }

      it "says it is closed" do
        expect(result).to fail_a_step(:take)
        expect(result["result.step.take"].error).to eq(
          I18n.t("volunteer_booking.errors.request_closed"),
        )
      end
    end

    context "when everything is fine" do
      it { is_expected.to run_successfully }

      it "gives it to the volunteer and opens a private message with the requester" do
        result
        booking_request.reload
        expect(booking_request).to have_attributes(status: "taken", taker_id: volunteer.id)
        message = Topic.find(booking_request.private_message_topic_id)
        expect(message.topic_allowed_users.pluck(:user_id)).to contain_exactly(
          booker.id,
          volunteer.id,
        )
        raw = message.first_post.raw
        expect(raw).to include(VolunteerBooking::Markup.quote("Mornings suit me."))
        expect(raw).to include(VolunteerBooking::Markup.quote("I was laid off last month."))
        expect(raw).to include("/volunteer-booking?request=#{booking_request.id}")
        expect(raw).not_to include(booking_topic.volunteer_guide)
      end
    end
  end
end
