# frozen_string_literal: true

RSpec.describe VolunteerBooking::ScheduleBookingRequest do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:request_id) }
    it { is_expected.to validate_presence_of(:starts_at) }
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    # Mondays 09:00-11:00 London; Monday 7 December is the next one.
    include_context "with a taken booking request"

    let(:monday_nine) { Time.utc(2026, 12, 7, 9) }
    let(:params) { { request_id: booking_request.id, starts_at: monday_nine } }
    let(:dependencies) { { guardian: Guardian.new(volunteer) } }

    def error_of(step)
      Array.wrap(result["result.step.#{step}"].error).join(" ")
    end

    context "when another volunteer tries" do
      let(:dependencies) { { guardian: Guardian.new(other_volunteer) } }

      it { is_expected.to fail_a_policy(:can_schedule) }
    end

    context "when the time is outside the windows" do
      let(:params) { super().merge(starts_at: monday_nine + 90.minutes + 1.minute) }

      it "says so and makes no booking" do
        expect { result }.not_to change { VolunteerBooking::Booking.count }
        expect(error_of(:schedule)).to eq(
          I18n.t("volunteer_booking.errors.request_time_outside_windows"),
        )
      end
    end

    context "when the time is too soon" do
      before do
        booking_request.update!(
          windows: [{ "weekday" => 2, "date" => nil, "from" => "12:00", "to" => "14:00" }],
        )
      end

      let(:params) { super().merge(starts_at: Time.utc(2026, 12, 1, 12, 30)) }

      it "names the notice" do
        expect(error_of(:schedule)).to eq(
          I18n.t(
            "volunteer_booking.errors.request_time_too_soon",
            minutes: booking_topic.min_notice_minutes,
          ),
        )
      end
    end

    context "when the volunteer already holds a session then, in any topic" do
      before do
        clinic = Fabricate(:volunteer_booking_topic, volunteer_group_ids: [volunteers.id])
        Fabricate(
          :volunteer_booking_picked_up_booking,
          booking_topic: clinic,
          shift: Fabricate(:volunteer_booking_shift, booking_topic: clinic),
          starts_at: monday_nine + 15.minutes,
          holder: volunteer,
        )
      end

      it "refuses, as bookings are" do
        expect(error_of(:schedule)).to eq(I18n.t("volunteer_booking.errors.request_time_overlaps"))
      end
    end

    context "when the requester withdrew it meanwhile" do
      before { booking_request.update!(status: :withdrawn, closed_at: 1.minute.ago) }

      it "says it is closed" do
        expect(error_of(:schedule)).to eq(I18n.t("volunteer_booking.errors.request_closed"))
      end
    end

    context "when everything is fine" do
      it { is_expected.to run_successfully }

      it "makes a booking the volunteer has picked up, and closes the request" do
        booking = result[:booking]
        expect(booking).to have_attributes(
          status: "picked_up",
          booker_id: booker.id,
          holder_id: volunteer.id,
          starts_at: monday_nine,
          ends_at: monday_nine + 30.minutes,
          answers: booking_request.answers,
        )
        expect(booking_request.reload).to have_attributes(
          status: "scheduled",
          booking_id: booking.id,
        )
        expect(custom_notifications(booker, :picked_up).size).to eq(1)
      end
    end
  end
end
