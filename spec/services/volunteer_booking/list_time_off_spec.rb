# frozen_string_literal: true

RSpec.describe VolunteerBooking::ListTimeOff do
  describe ".call" do
    subject(:result) { described_class.call(**dependencies) }

    include_context "with a volunteer booking topic"

    fab!(:past) do
      Fabricate(
        :volunteer_booking_time_off,
        user: volunteer,
        starts_on: Date.new(2026, 11, 1),
        ends_on: Date.new(2026, 11, 7),
      )
    end
    fab!(:current) do
      Fabricate(
        :volunteer_booking_time_off,
        user: volunteer,
        starts_on: Date.new(2026, 11, 28),
        ends_on: Date.new(2026, 12, 3),
      )
    end
    fab!(:future) { Fabricate(:volunteer_booking_time_off, user: volunteer) }
    fab!(:someone_elses) { Fabricate(:volunteer_booking_time_off, user: other_volunteer) }

    let(:dependencies) { { guardian: Guardian.new(volunteer) } }

    context "when the visitor is not signed in" do
      let(:dependencies) { { guardian: Guardian.new } }

      it { is_expected.to fail_a_policy(:signed_in) }
    end

    context "when a volunteer asks" do
      it { is_expected.to run_successfully }

      it "lists their current and future time off, soonest first" do
        expect(result[:time_off]).to eq([current, future])
      end
    end
  end
end
