# frozen_string_literal: true

require_relative "../db_helper"

RSpec.describe VolunteerBooking::BookingRequest, :concurrency do
  include VolunteerBookingDbSpec::Race

  let(:booking_topic) { create_booking_topic }
  let(:requester) { create_user("eve") }
  let(:date) { in_two_days }
  # All day in UTC on date's weekday: every time the specs pick fits.
  let(:all_day) { [{ "weekday" => date.wday, "date" => nil, "from" => "00:00", "to" => "23:59" }] }

  def create_request(topic = booking_topic, user = requester)
    described_class.create!(
      booking_topic: topic,
      requester_id: user.id,
      windows: all_day,
      time_zone: "UTC",
    )
  end

  context "with ten volunteers taking one request at once" do
    let(:volunteers) { Array.new(10) { |index| create_user("volunteer#{index}") } }
    let!(:request) { create_request }

    # Made before the race: made in one racer's transaction, they could not
    # be read by the others.
    before { volunteers }

    it "gives it to one and tells the other nine who has it" do
      attempts =
        race(10) do |index|
          won = described_class.take(request.id, taker_id: volunteers[index].id, now: Time.current)
          won ? nil : described_class.find(request.id).take_refusal
        end

      expect(errors_of(attempts)).to eq([])
      request.reload
      expect(request.status).to eq("taken")
      winner = volunteers.find { |volunteer| volunteer.id == request.taker_id }
      expect(winner).not_to be_nil
      expect(attempts.map(&:value).compact).to eq(
        [I18n.t("volunteer_booking.errors.request_taken", username: winner.username)] * 9,
      )
    end
  end

  context "with a withdraw racing a take" do
    let!(:volunteer) { create_user("bob") }

    it "withdraws it either way, naming the taker to tell when the take came first" do
      outcomes =
        Array.new(8) do |round|
          request = create_request(create_booking_topic)
          attempts =
            race(2, jitter: 0.02) do |index|
              if index.zero?
                described_class.take(request.id, taker_id: volunteer.id, now: Time.current)
              else
                described_class.withdraw(request.id, now: Time.current)&.taker_id
              end
            end
          expect(errors_of(attempts)).to eq([]), "round #{round}"
          took, told = attempts.map(&:value)
          expect(request.reload.status).to eq("withdrawn")
          expect(told).to eq(took ? volunteer.id : nil)
          took
        end
      expect(outcomes).to all(be(true).or(be(false)))
    end
  end

  context "with a schedule racing a withdraw" do
    let!(:volunteer) { create_user("bob") }

    it "either books the session or finds the request closed, never both" do
      Array.new(8) do |round|
        request = create_request(create_booking_topic)
        described_class.take(request.id, taker_id: volunteer.id, now: Time.current)
        starts_at = at(date, "09:00") + round.hours
        attempts =
          race(2, jitter: 0.02) do |index|
            if index.zero?
              VolunteerBooking::RequestScheduling.call(
                described_class.find(request.id),
                taker: volunteer,
                starts_at: starts_at,
                now: Time.current,
              ).error
            else
              described_class.withdraw(request.id, now: Time.current)&.id
            end
          end
        expect(errors_of(attempts)).to eq([]), "round #{round}"
        refusal, withdrawn = attempts.map(&:value)
        request.reload
        if refusal.nil?
          expect([request.status, withdrawn]).to eq(["scheduled", nil])
          expect(request.booking).to have_attributes(status: "picked_up", holder_id: volunteer.id)
        else
          expect(refusal).to eq(I18n.t("volunteer_booking.errors.request_closed"))
          expect([request.status, request.booking_id, withdrawn]).to eq(
            ["withdrawn", nil, request.id],
          )
        end
      end
    end
  end

  # The two requests' rows are different, so only the volunteer's own lock
  # makes the second schedule see the first's session.
  context "with one volunteer scheduling overlapping sessions in two topics at once" do
    let!(:volunteer) { create_user("bob") }

    it "books one of them, every time" do
      4.times do |round|
        requests = [
          create_request(create_booking_topic, create_user("eve#{round}")),
          create_request(create_booking_topic, create_user("fay#{round}")),
        ]
        requests.each do |request|
          described_class.take(request.id, taker_id: volunteer.id, now: Time.current)
        end
        starts_at = at(date, "09:00") + round.hours
        attempts =
          race(2) do |index|
            VolunteerBooking::RequestScheduling.call(
              described_class.find(requests[index].id),
              taker: volunteer,
              starts_at: starts_at + (index * 10).minutes,
              now: Time.current,
            ).error
          end
        expect(errors_of(attempts)).to eq([])
        expect(attempts.map(&:value)).to contain_exactly(
          nil,
          I18n.t("volunteer_booking.errors.request_time_overlaps"),
        )
        expect(requests.map { |request| request.reload.status }).to contain_exactly(
          "scheduled",
          "taken",
        )
      end
    end
  end
end
