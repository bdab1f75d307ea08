# frozen_string_literal: true

RSpec.describe VolunteerBooking::SkipRotaDate do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:topic_id) }
    it { is_expected.to validate_presence_of(:rota_entry_id) }
    it { is_expected.to validate_presence_of(:on_date) }
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with volunteers on the rota"

    let(:on_date) { wednesday }
    let(:params) do
      { topic_id: booking_topic.topic_id, rota_entry_id: rota_entry.id, on_date: on_date.iso8601 }
    end
    let(:dependencies) { { guardian: Guardian.new(organiser) } }

    context "when the entry is not in this topic" do
      let(:params) do
        {
          topic_id: booking_topic.topic_id,
          rota_entry_id: Fabricate(:volunteer_booking_rota_entry).id,
          on_date: wednesday.iso8601,
        }
      end

      it { is_expected.to fail_to_find_a_model(:rota_entry) }
    end

    context "when another volunteer tries it" do
      let(:dependencies) { { guardian: Guardian.new(other_volunteer) } }

      it { is_expected.to fail_a_policy(:can_edit_rota_entry) }
    end

    context "when the entry is for one date" do
      let(:params) do
        dated = rota_entry_for(Fabricate(:user), on_date: wednesday)
        { topic_id: booking_topic.topic_id, rota_entry_id: dated.id, on_date: wednesday.iso8601 }
      end

      it { is_expected.to fail_with_an_invalid_model(:rota_skip) }
    end

    context "when the date is not on the shift's weekday" do
      let(:on_date) { wednesday + 1 }

      it { is_expected.to fail_with_an_invalid_model(:rota_skip) }
    end

    context "when the date has passed" do
      let(:on_date) { wednesday - 7 }

      it { is_expected.to fail_a_step(:ensure_not_past) }
    end

    context "when the volunteer holds a booking on that date" do
      before { picked_up_booking }

      it { is_expected.to fail_a_step(:ensure_no_booking_held) }

      it "changes nothing" do
        expect { result }.not_to change { VolunteerBooking::RotaSkip.count }
      end
    end

    context "when an organiser takes the volunteer off the date" do
      it { is_expected.to run_successfully }

      it "skips that date and keeps the entry" do
        expect { result }.to change { rota_entry.skips.pluck(:on_date) }.from([]).to([wednesday])
        expect(rota_entry.reload).to be_persisted
      end

      it "takes them off that date only" do
        result
        expect(VolunteerBooking::RotaEntry.on_duty_on(wednesday)).to contain_exactly(
          other_rota_entry,
        )
        expect(VolunteerBooking::RotaEntry.on_duty_on(wednesday + 7)).to contain_exactly(
          rota_entry,
          other_rota_entry,
        )
      end

      it "is the same when done twice" do
        result
        expect { described_class.call(params:, **dependencies) }.not_to change {
          VolunteerBooking::RotaSkip.count
        }
      end
    end

    context "when the volunteer takes themselves off the date" do
      let(:dependencies) { { guardian: Guardian.new(volunteer) } }

      it { is_expected.to run_successfully }
    end
  end
end
