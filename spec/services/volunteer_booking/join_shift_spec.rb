# frozen_string_literal: true

RSpec.describe VolunteerBooking::JoinShift do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:topic_id) }
    it { is_expected.to validate_presence_of(:shift_id) }

    it "refuses a date it cannot read rather than making the entry weekly" do
      contract = described_class.new(topic_id: 1, shift_id: 1, on_date: "next wednesday")
      expect(contract).not_to be_valid
      expect(contract.errors.full_messages).to eq(
        [VolunteerBookingSpec.field_error(:on_date, :date_invalid)],
      )
    end
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with a volunteer booking topic"

    let(:params) { { topic_id: booking_topic.topic_id, shift_id: shift.id } }
    let(:dependencies) { { guardian: Guardian.new(volunteer) } }

    context "when params are not valid" do
      let(:params) { { topic_id: booking_topic.topic_id } }

      it { is_expected.to fail_a_contract }
    end

    context "when the shift is not in this topic" do
      let(:params) do
        { topic_id: booking_topic.topic_id, shift_id: Fabricate(:volunteer_booking_shift).id }
      end

      it { is_expected.to fail_to_find_a_model(:shift) }
    end

    context "when the user to add does not exist" do
      let(:params) { super().merge(user_id: -42) }
      let(:dependencies) { { guardian: Guardian.new(organiser) } }

      it { is_expected.to fail_to_find_a_model(:user) }
    end

    context "when someone who is not a volunteer joins" do
      let(:dependencies) { { guardian: Guardian.new(outsider) } }

      it { is_expected.to fail_a_policy(:can_join) }
    end

    context "when a volunteer adds someone else" do
      let(:params) { super().merge(user_id: other_volunteer.id) }

      it { is_expected.to fail_a_policy(:can_join) }
    end

    context "when a volunteer names a user who does not exist" do
      let(:params) { super().merge(user_id: -42) }

      it "is refused as for a user who does (existence is not told)" do
        expect(result).to fail_a_policy(:can_join)
      end
    end

    context "when an organiser adds someone who is not a volunteer" do
      let(:params) { super().merge(user_id: outsider.id) }
      let(:dependencies) { { guardian: Guardian.new(organiser) } }

      it { is_expected.to fail_a_step(:ensure_volunteer) }
    end

    context "when the date is not on the shift's weekday" do
      let(:params) { super().merge(on_date: wednesday + 1) }

      it { is_expected.to fail_with_an_invalid_model(:rota_entry) }
    end

    context "when the date has passed" do
      let(:params) { super().merge(on_date: wednesday - 7) }

      it { is_expected.to fail_a_step(:ensure_not_past) }
    end

    context "when the volunteer's weekly entry skips the date" do
      fab!(:weekly) { rota_entry_for(volunteer) }

      let(:params) { super().merge(on_date: wednesday) }

      before { VolunteerBooking::RotaSkip.create!(rota_entry: weekly, on_date: wednesday) }

      it { is_expected.to run_successfully }

      it "puts them back on that date through their weekly entry" do
        expect { result }.not_to change { VolunteerBooking::RotaEntry.count }
        expect(weekly.skips).to be_empty
        expect(result[:rota_entry]).to eq(weekly)
      end
    end

    context "when the volunteer is already on the shift every week" do
      before { rota_entry_for(volunteer) }

      it { is_expected.to fail_a_step(:ensure_not_on_shift) }

      context "when they ask for one date" do
        let(:params) { super().merge(on_date: wednesday) }

        it { is_expected.to fail_a_step(:ensure_not_on_shift) }
      end
    end

    context "when the volunteer is already on that date" do
      before { rota_entry_for(volunteer, on_date: wednesday) }

      let(:params) { super().merge(on_date: wednesday) }

      it { is_expected.to fail_a_step(:ensure_not_on_shift) }
    end

    context "when the topic's rota holds as many entries as it may" do
      before do
        stub_const("VolunteerBooking::RotaEntry::MAX_PER_TOPIC", 2)
        rota_entry_for(other_volunteer)
        Fabricate(
          :volunteer_booking_rota_entry,
          shift: Fabricate(:volunteer_booking_shift, booking_topic:, weekday: 4),
          user: Fabricate(:user),
        )
      end

      it "refuses, stating the cap, and adds nothing" do
        expect { result }.not_to change { VolunteerBooking::RotaEntry.count }
        expect(result).to fail_a_step(:ensure_room)
        expect(result["result.step.ensure_room"].error).to eq(
          I18n.t("volunteer_booking.errors.rota_full", max: 2),
        )
      end

      context "when one of them is a date that is over" do
        before do
          VolunteerBooking::RotaEntry.where(user: other_volunteer, shift:).update_all(
            on_date: wednesday - 14,
          )
        end

        it { is_expected.to run_successfully }
      end

      context "when the other topic's entries fill its own rota" do
        before do
          VolunteerBooking::RotaEntry.update_all(shift_id: Fabricate(:volunteer_booking_shift).id)
        end

        it { is_expected.to run_successfully }
      end
    end

    context "when a volunteer joins one date" do
      let(:params) { super().merge(on_date: wednesday) }

      it { is_expected.to run_successfully }

      it "tells the topic's pages to reload the slots" do
        channels = MessageBus.track_publish { result }.map(&:channel)
        expect(channels.grep(%r{\A/volunteer-booking/})).to eq(
          ["/volunteer-booking/topics/#{booking_topic.topic_id}"],
        )
      end

      it "adds a dated entry" do
        expect { result }.to change { VolunteerBooking::RotaEntry.count }.by(1)
        expect(result[:rota_entry]).to have_attributes(user_id: volunteer.id, on_date: wednesday)
      end
    end

    context "when a volunteer joins every week" do
      fab!(:dated) { rota_entry_for(volunteer, on_date: Date.new(2026, 12, 9)) }

      it { is_expected.to run_successfully }

      it "adds a weekly entry that takes over their dated ones" do
        result
        expect(shift.rota_entries.where(user: volunteer).pluck(:on_date)).to eq([nil])
      end
    end

    context "when an organiser adds a volunteer" do
      let(:params) { super().merge(user_id: other_volunteer.id) }
      let(:dependencies) { { guardian: Guardian.new(organiser) } }

      it { is_expected.to run_successfully }

      it "puts that volunteer on the rota" do
        expect(result[:rota_entry].user).to eq(other_volunteer)
      end
    end
  end
end
