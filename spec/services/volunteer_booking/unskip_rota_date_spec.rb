# frozen_string_literal: true

RSpec.describe VolunteerBooking::UnskipRotaDate do
  # Its params are SkipRotaDate's (RotaSkipParams), checked there.
  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with volunteers on the rota"

    fab!(:rota_skip) do
      VolunteerBooking::RotaSkip.create!(rota_entry:, on_date: Date.new(2026, 12, 2))
    end

    let(:params) do
      { topic_id: booking_topic.topic_id, rota_entry_id: rota_entry.id, on_date: wednesday.iso8601 }
    end
    let(:dependencies) { { guardian: Guardian.new(organiser) } }

    context "when another volunteer tries it" do
      let(:dependencies) { { guardian: Guardian.new(other_volunteer) } }

      it { is_expected.to fail_a_policy(:can_edit_rota_entry) }
    end

    context "when the date is not skipped" do
      let(:params) do
        {
          topic_id: booking_topic.topic_id,
          rota_entry_id: rota_entry.id,
          on_date: (wednesday + 7).iso8601,
        }
      end

      it { is_expected.to fail_to_find_a_model(:rota_skip) }
    end

    context "when an organiser undoes the skip" do
      it { is_expected.to run_successfully }

      it "puts the volunteer back on that date" do
        expect { result }.to change { VolunteerBooking::RotaEntry.on_duty_on(wednesday).count }.by(
          1,
        )
        expect(VolunteerBooking::RotaSkip.exists?(rota_skip.id)).to eq(false)
      end
    end
  end
end
