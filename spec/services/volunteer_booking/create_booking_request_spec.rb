# frozen_string_literal: true

RSpec.describe VolunteerBooking::CreateBookingRequest do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:topic_id) }
    it { is_expected.to validate_length_of(:note).is_at_most(1000) }
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with volunteers on the rota"

    let(:mondays) { { "weekday" => 1, "date" => nil, "from" => "09:00", "to" => "11:00" } }
    let(:params) do
      {
        topic_id: booking_topic.topic_id,
        windows: [mondays],
        time_zone: "America/New_York",
        note: "  Mornings suit me.  ",
        answers:,
      }
    end
    let(:dependencies) { { guardian: Guardian.new(booker) } }

    def error_of(step)
      Array.wrap(result["result.step.#{step}"].error).join(" ")
    end

    context "when the topic is not a booking topic" do
      let(:params) { super().merge(topic_id: Fabricate(:topic).id) }

      it { is_expected.to fail_to_find_a_model(:booking_topic) }
    end

    context "when a visitor asks" do
      let(:dependencies) { { guardian: Guardian.new } }

      it { is_expected.to fail_a_policy(:signed_in) }
    end

    context "when the organisers turned requests off" do
      before { booking_topic.update!(requests_enabled: false) }

      it { is_expected.to fail_a_step(:ensure_requests_enabled) }

      it "says so and makes no request" do
        expect { result }.not_to change { VolunteerBooking::BookingRequest.count }
        expect(error_of(:ensure_requests_enabled)).to eq(
          I18n.t("volunteer_booking.errors.requests_disabled"),
        )
      end
    end

    context "when the topic is paused" do
      before { booking_topic.update!(paused: true, paused_message: "Back in January") }

      it { is_expected.to fail_a_step(:check_rules) }

      it "gives the organisers' message" do
        expect(error_of(:check_rules)).to eq(
          I18n.t("volunteer_booking.errors.paused", message: "Back in January"),
        )
      end
    end

    context "when the acknowledgement is missing" do
      let(:answers) { { "ica_statement" => false, "story" => "Laid off." } }

      it { is_expected.to fail_a_step(:check_rules) }
    end

    context "when the booker already has as many upcoming bookings as allowed" do
      before do
        booking_topic.update!(per_user_limit: 1)
        booking_here(booker:, starts_at: slot_time)
      end

      it "counts the booking and refuses the request" do
        expect(result).to fail_a_step(:check_rules)
        expect(error_of(:check_rules)).to eq(
          I18n.t("volunteer_booking.errors.limit_reached", limit: 1),
        )
      end
    end

    context "when the windows are refused" do
      let(:params) { super().merge(windows: [mondays.merge("to" => "09:10")]) }

      it "says why, in the core's words" do
        expect(result).to fail_a_step(:check_windows)
        expect(error_of(:check_windows)).to eq(
          I18n.t("volunteer_booking.errors.request_window_too_short", minutes: 30),
        )
      end
    end

    context "when the booker already has an open request here" do
      before { booker_request }

      it "refuses a second and keeps the first" do
        booking_topic.update!(per_user_limit: nil)
        expect { result }.not_to change { VolunteerBooking::BookingRequest.count }
        expect(result).to fail_a_step(:ensure_none_open)
        expect(error_of(:ensure_none_open)).to eq(
          I18n.t("volunteer_booking.errors.request_already_open"),
        )
      end
    end

    context "when everything is fine" do
      it { is_expected.to run_successfully }

      it "makes an open request with the note cleaned and the answers as a booking's" do
        request = result[:booking_request]
        expect(request).to have_attributes(
          status: "open",
          requester_id: booker.id,
          windows: [mondays],
          time_zone: "America/New_York",
          note: "Mornings suit me.",
        )
        expect(request.answers).to include("ica_statement" => true, "story" => answers["story"])
      end

      it "announces nothing without a chat channel" do
        expect_not_enqueued_with(job: Jobs::VolunteerBooking::AnnounceBookingRequest) { result }
      end
    end
  end
end
