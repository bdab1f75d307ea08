# frozen_string_literal: true

RSpec.describe VolunteerBooking::RemoveShift do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:topic_id) }
    it { is_expected.to validate_presence_of(:shift_id) }
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with a volunteer booking topic"

    fab!(:rota_entry) { rota_entry_for(volunteer) }

    let(:params) { { topic_id: booking_topic.topic_id, shift_id: shift.id } }
    let(:dependencies) { { guardian: Guardian.new(organiser) } }

    context "when the shift does not exist" do
      let(:params) { { topic_id: booking_topic.topic_id, shift_id: -1 } }

      it { is_expected.to fail_to_find_a_model(:shift) }
    end

    context "when the user is not an organiser" do
      let(:dependencies) { { guardian: Guardian.new(volunteer) } }

      it { is_expected.to fail_a_policy(:can_configure) }
    end

    context "when upcoming bookings need the shift" do
      before do
        2.times { booking_here }
        booking_here(status: :cancelled)
        booking_here(starts_at: 2.hours.ago, status: :picked_up, holder: volunteer)
      end

      let(:refusal) { I18n.t("volunteer_booking.errors.bookings_in_the_way", count: 2) }

      it_behaves_like "a refused step", :ensure_no_upcoming_bookings, keeps: VolunteerBooking::Shift
    end

    context "when an organiser removes it" do
      it { is_expected.to run_successfully }

      it "removes the shift and its rota entries" do
        expect { result }.to change { VolunteerBooking::Shift.count }.by(-1).and change {
                VolunteerBooking::RotaEntry.count
              }.by(-1)
      end
    end
  end
end
