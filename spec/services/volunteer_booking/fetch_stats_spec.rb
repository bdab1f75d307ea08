# frozen_string_literal: true

RSpec.describe VolunteerBooking::FetchStats do
  describe described_class::Contract, type: :model do
    it "refuses dates it cannot read rather than using the defaults" do
      contract = described_class.new(from: "last month", to: "2026-13-01")
      expect(contract).not_to be_valid
      expect(contract.errors.full_messages).to contain_exactly(
        VolunteerBookingSpec.field_error(:from, :date_invalid),
        VolunteerBookingSpec.field_error(:to, :date_invalid),
      )
    end
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with volunteers on the rota"

    fab!(:admin)
    fab!(:held) do
      booking_here(
        starts_at: Time.utc(2026, 11, 25, 14),
        status: :held,
        holder_id: volunteer.id,
        created_at: Time.utc(2026, 11, 24, 9),
        picked_up_at: Time.utc(2026, 11, 24, 9, 20),
        feedback: "helpful",
      )
    end
    fab!(:elsewhere) do
      Fabricate(:volunteer_booking_booking, starts_at: Time.utc(2026, 11, 25, 14))
    end

    let(:params) { { topic_id: booking_topic.topic_id, from: "2026-11-16", to: "2026-11-29" } }
    let(:dependencies) { { guardian: Guardian.new(organiser) } }

    context "when a volunteer asks" do
      let(:dependencies) { { guardian: Guardian.new(volunteer) } }

      it { is_expected.to fail_a_policy(:can_see_stats) }
    end

    context "when the topic is not a booking topic the user can see" do
      let(:params) { { topic_id: Fabricate(:topic).id } }

      it { is_expected.to fail_a_policy(:can_see_stats) }
    end

    context "when an organiser asks for all topics together" do
      let(:params) { { from: "2026-11-16", to: "2026-11-29" } }

      it { is_expected.to fail_a_policy(:can_see_stats) }
    end

    context "when the range ends before it starts" do
      let(:params) { { topic_id: booking_topic.topic_id, from: "2026-11-29", to: "2026-11-16" } }

      it { is_expected.to fail_a_step(:build_range) }

      it "says so" do
        expect(result["result.step.build_range"].error).to eq(
          I18n.t("volunteer_booking.errors.stats_range_reversed"),
        )
      end
    end

    context "when an organiser asks" do
      it { is_expected.to run_successfully }

      it "counts the topic's bookings per week in the shifts' zone" do
        stats = result[:stats]
        expect(stats.range.zone).to eq("Europe/London")
        expect(stats.table[:weeks].map { |week| [week[:week], week[:booked], week[:held]] }).to eq(
          [["2026-11-16", 0, 0], ["2026-11-23", 1, 1]],
        )
        expect(stats.table[:totals]).to include(helpful: 1, pick_up_median_minutes: 20)
        expect(stats.volunteers).to eq(
          [
            {
              user_id: volunteer.id,
              username: volunteer.username,
              picked_up: 1,
              held: 1,
              no_show: 0,
              given_back: 0,
            },
          ],
        )
      end

      it "counts the topic's requests in the week they were made, and how many were scheduled" do
        Fabricate(
          :volunteer_booking_request,
          booking_topic:,
          status: :scheduled,
          created_at: Time.utc(2026, 11, 17, 9),
        )
        Fabricate(:volunteer_booking_request, booking_topic:, created_at: Time.utc(2026, 11, 24, 9))
        Fabricate(:volunteer_booking_request, created_at: Time.utc(2026, 11, 24, 9))

        table = result[:stats].table
        expect(table[:weeks].map { |week| [week[:requested], week[:requests_scheduled]] }).to eq(
          [[1, 1], [1, 0]],
        )
        expect(table[:totals]).to include(requested: 2, requests_scheduled: 1, requests_open: 1)
      end

      it "counts what a volunteer gave back as picked up and given back" do
        VolunteerBooking::GiveBack.create!(
          booking: held,
          booking_topic_id: booking_topic.id,
          starts_at: held.starts_at,
          user_id: other_volunteer.id,
          kind: :released,
        )
        expect(result[:stats].volunteers.last).to eq(
          user_id: other_volunteer.id,
          username: other_volunteer.username,
          picked_up: 1,
          held: 0,
          no_show: 0,
          given_back: 1,
        )
      end

      it "covers both Wednesdays' shifts, with two volunteers on the rota" do
        expect(result[:stats].coverage).to eq(
          shift_minutes: 2 * 4 * 60,
          covered_minutes: 2 * 4 * 60,
          covered_percent: 100,
        )
      end

      it "counts a Wednesday with both volunteers away as not covered" do
        [volunteer, other_volunteer].each do |user|
          Fabricate(
            :volunteer_booking_time_off,
            user:,
            starts_on: Date.new(2026, 11, 25),
            ends_on: Date.new(2026, 11, 25),
          )
        end
        expect(result[:stats].coverage).to include(covered_minutes: 4 * 60, covered_percent: 50)
      end

      it "asks the same number of queries whatever the number of bookings" do
        described_class.call(params:, **dependencies)
        few = track_sql_queries { described_class.call(params:, **dependencies) }.size
        5.times do |n|
          booking_here(
            starts_at: Time.utc(2026, 11, 18, 14) + n.days,
            holder_id: other_volunteer.id,
            status: :held,
          )
        end
        expect(track_sql_queries { described_class.call(params:, **dependencies) }.size).to eq(few)
      end
    end

    context "when an admin asks for all topics together" do
      let(:params) { { from: "2026-11-16", to: "2026-11-29" } }
      let(:dependencies) { { guardian: Guardian.new(admin) } }

      it "counts every topic's bookings, in weeks of UTC" do
        expect(result[:stats].range.zone).to eq("UTC")
        expect(result[:stats].table[:totals][:booked]).to eq(2)
      end
    end
  end
end
