# frozen_string_literal: true

require_relative "../db_helper"

# Gap recruiting's columns, and GapSource reading them with the rota as
# the SlotEngine does.
RSpec.describe VolunteerBooking::GapSource do
  include_context "with a Wednesday shift"

  # Tuesday 2 March 2027, the day before the shift.
  let(:now) { at(wednesday - 1, "12:00") }

  def add_to_volunteers(user)
    ::GroupUser.create!(
      group_id: VolunteerBookingDbSpec::Records::VOLUNTEER_GROUP_ID,
      user_id: user.id,
    )
  end

  it "keeps existing rows as they were: one volunteer wanted, no message, no notifications" do
    expect(shift.reload.volunteers_wanted).to eq(1)
    expect(booking_topic.reload).to have_attributes(
      gap_messages_enabled: false,
      gap_message_weekday: 1,
      gap_message_hour: 9,
      gap_horizon_weeks: 2,
      gap_message_id: nil,
      gap_message_week: nil,
    )
    profile = VolunteerBooking::VolunteerProfile.create!(user: volunteer)
    expect(profile.reload.notify_gaps).to eq(false)
  end

  it "refuses numbers of volunteers wanted and message times outside their ranges" do
    shift.volunteers_wanted = 21
    expect(refusal(shift)).to eq(["Volunteers wanted must be in 1..20"])
    booking_topic.assign_attributes(
      gap_message_weekday: 7,
      gap_message_hour: 24,
      gap_horizon_weeks: 0,
    )
    expect(refusal(booking_topic)).to eq(
      [
        "Gap message weekday must be in 0..6",
        "Gap message hour must be in 0..23",
        "Gap horizon weeks must be in 1..8",
      ],
    )
  end

  it "keeps the ranges in the database too" do
    saved_shift = shift
    saved_topic = booking_topic
    [0, 21].each do |wanted|
      expect { saved_shift.update_columns(volunteers_wanted: wanted) }.to violate_check_constraint(
        "volunteer_booking_shifts_volunteers_wanted_range",
      )
    end
    [{ gap_message_weekday: 7 }, { gap_message_hour: -1 }, { gap_horizon_weeks: 9 }].each do |bad|
      expect { saved_topic.update_columns(bad) }.to violate_check_constraint(
        "volunteer_booking_topics_gap_message_ranges",
      )
    end
  end

  it "finds the dates with fewer volunteers than wanted, and counts the covered ones" do
    shift.update!(volunteers_wanted: 2)
    put_on_rota(shift, volunteer)
    other = create_user("cat")
    add_to_volunteers(other)
    VolunteerBooking::RotaEntry.create!(shift: shift, user: other, on_date: wednesday + 7)
    VolunteerBooking::TimeOff.create!(
      user: volunteer,
      starts_on: wednesday + 14,
      ends_on: wednesday + 14,
    )

    coverage = described_class.coverage(booking_topic, now: now)

    expect(coverage.slice(:from, :to, :covered, :total)).to eq(
      from: wednesday - 1,
      to: wednesday + 26,
      covered: 1,
      total: 4,
    )
    expect(coverage[:gaps].map { |gap| [gap[:date], gap[:volunteer_ids], gap[:wanted]] }).to eq(
      [
        [wednesday, [volunteer.id], 2],
        [wednesday + 14, [], 2],
        [wednesday + 21, [volunteer.id], 2],
      ],
    )
  end

  it "reads a gap message's past dates with the coming weeks, in one pass" do
    put_on_rota(shift, volunteer)
    thursday = at(wednesday + 1, "12:00")

    coverage, listed =
      described_class.coverage_and_occurrences(
        booking_topic,
        [wednesday, wednesday + 7],
        weeks: 2,
        now: thursday,
      )

    expect(coverage.slice(:from, :to, :covered, :total)).to eq(
      from: wednesday + 1,
      to: wednesday + 14,
      covered: 2,
      total: 2,
    )
    expect(listed.map { |occurrence| [occurrence[:date], occurrence[:volunteer_ids]] }).to eq(
      [[wednesday, [volunteer.id]], [wednesday + 7, [volunteer.id]]],
    )
    expect(described_class.coverage(booking_topic, weeks: 2, now: thursday)).to eq(coverage)
  end

  it "finds the booking topics whose rota a volunteer is on, for their time off" do
    put_on_rota(shift, volunteer)
    other_topic = create_booking_topic
    create_shift(other_topic, wednesday)

    expect(VolunteerBooking::BookingTopic.on_rota_of(volunteer.id)).to contain_exactly(
      booking_topic,
    )
  end

  it "does not count people who left the topic's volunteer groups" do
    put_on_rota(shift, volunteer)
    ::GroupUser.where(user_id: volunteer.id).delete_all

    expect(described_class.coverage(booking_topic, now: now)[:gaps].size).to eq(4)
  end

  context "with real threads at once", :concurrency do
    include VolunteerBookingDbSpec::Race

    # What JoinShift does in its transaction: under the topic's row lock,
    # refuse someone already on that date, else put them on.
    def join(user, on_date)
      topic = VolunteerBooking::BookingTopic.find(booking_topic.id)
      VolunteerBooking::RotaEntry.room_refusal(topic)
      on_duty = VolunteerBooking::RotaEntry.where(shift: shift, user: user).on_duty_on(on_date)
      if on_duty.exists?
        :already_on_shift
      else
        VolunteerBooking::RotaEntry.create!(shift:, user:, on_date:)
      end
    end

    it "puts a volunteer who joins a gap twice at once on once, so the gap they alone joined stays one" do
      shift.update!(volunteers_wanted: 2)
      add_to_volunteers(volunteer)

      attempts = race(10) { join(volunteer, wednesday) }

      expect(errors_of(attempts)).to eq([])
      expect(attempts.map(&:value).count(:already_on_shift)).to eq(9)
      gap = described_class.coverage(booking_topic, now: now)[:gaps].first
      expect([gap[:date], gap[:volunteer_ids], gap[:wanted]]).to eq([wednesday, [volunteer.id], 2])
    end

    it "claims a week's gap message for one of many runs at once, and the next week again" do
      week = Date.new(2027, 3, 1)
      topic_id = booking_topic.id

      attempts =
        race(10) { VolunteerBooking::BookingTopic.find(topic_id).claim_gap_message_week(week) }

      expect(errors_of(attempts)).to eq([])
      expect(attempts.map(&:value).count(true)).to eq(1)
      expect(booking_topic.reload.gap_message_week).to eq(week)
      expect(booking_topic.claim_gap_message_week(week + 7)).to eq(true)
    end

    it "lets two volunteers fill a gap that wants one: more on the rota is more room for bookings" do
      expect(shift.volunteers_wanted).to eq(1)
      joiners = [volunteer, create_user("cat")]
      joiners.each { |user| add_to_volunteers(user) }

      attempts = race(2) { |index| join(joiners[index], wednesday) }

      expect(errors_of(attempts)).to eq([])
      coverage = described_class.coverage(booking_topic, now: now)
      expect(coverage[:gaps].map { |gap| gap[:date] }).not_to include(wednesday)
      expect(VolunteerBooking::RotaEntry.where(on_date: wednesday).count).to eq(2)
    end
  end
end
