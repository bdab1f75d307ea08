# frozen_string_literal: true

require_relative "../db_helper"

# The follow-up job's scans on real PostgreSQL: the topic's hours as an
# interval, the paused topics left out, each message once. What it writes
# (PrivateMessage, Notifier) is Discourse's side and stood in for.
RSpec.describe VolunteerBooking::FollowUps do
  include_context "with a Wednesday shift"
  let(:followed_up) { [] }
  let(:reminded) { [] }

  before do
    followed_up_ids = followed_up
    private_message = Module.new
    private_message.define_singleton_method(:follow_up) { |booking| followed_up_ids << booking.id }
    stub_const("VolunteerBooking::PrivateMessage", private_message)
    notifier = Module.new
    reminded_ids = reminded
    notifier.define_singleton_method(:notify) do |_user, _kind, booking:, **|
      reminded_ids << booking.id
    end
    stub_const("VolunteerBooking::Notifier", notifier)
    side_effect = Module.new
    side_effect.define_singleton_method(:safely) { |_what, &block| block.call }
    stub_const("VolunteerBooking::SideEffect", side_effect)
  end

  def marked(status, marked_at, **attributes)
    create_booking(
      shift,
      booker,
      ten,
      status: status,
      holder_id: volunteer.id,
      outcome_marked_at: marked_at,
      **attributes,
    )
  end

  it "follows a held session up the topic's hours after it was marked, once" do
    booking_topic.update!(follow_up_hours: 3)
    booking = marked(:held, ten + 1.hour)

    described_class.run(now: ten + 4.hours - 1)
    expect(followed_up).to be_empty

    described_class.run(now: ten + 4.hours)
    described_class.run(now: ten + 5.hours)
    expect(followed_up).to eq([booking.id])
    expect(booking.reload.follow_up_sent_at).to be_present
  end

  it "follows a no-show up too, and nothing without an outcome" do
    no_show = marked(:no_show, ten + 1.hour)
    marked(:picked_up, nil)
    described_class.run(now: ten + 1.day)
    expect(followed_up).to eq([no_show.id])
  end

  it "holds follow-ups while the topic is paused with no follow-ups ticked" do
    booking = marked(:held, ten + 1.hour)
    booking_topic.update!(paused: true, follow_ups_paused: true)
    described_class.run(now: ten + 1.day)
    expect(followed_up).to be_empty

    booking_topic.update!(paused: false)
    described_class.run(now: ten + 1.day)
    expect(followed_up).to eq([booking.id])
  end

  it "goes while the topic is paused for bookings only" do
    booking = marked(:held, ten + 1.hour)
    booking_topic.update!(paused: true, follow_ups_paused: false)
    described_class.run(now: ten + 1.day)
    expect(followed_up).to eq([booking.id])
  end

  it "stops for a booker who opted out from an earlier booking in the topic" do
    marked(:held, ten - 2.days, follow_up_sent_at: ten - 2.days, follow_ups_stopped_at: ten - 1.day)
    booking = marked(:held, ten + 1.hour)
    described_class.run(now: ten + 1.day)
    expect(followed_up).to be_empty
    expect(booking.reload.follow_ups_stopped_at).to be_present
  end

  it "leaves sessions marked more than a week ago alone" do
    marked(:held, ten + 1.hour)
    described_class.run(now: ten + 8.days)
    expect(followed_up).to be_empty
  end

  it "reminds the holder of an unmarked session a day after it ended, once" do
    booking = marked(:picked_up, nil)
    described_class.run(now: booking.ends_at + 1.day - 1)
    expect(reminded).to be_empty

    described_class.run(now: booking.ends_at + 1.day)
    described_class.run(now: booking.ends_at + 2.days)
    expect(reminded).to eq([booking.id])
    expect(booking.reload.outcome_nudges).to eq(1)
  end

  it "keeps feedback to the three answers in the database too" do
    booking = marked(:held, ten + 1.hour)
    expect { in_savepoint { booking.update_columns(feedback: "great") } }.to raise_error(
      ActiveRecord::StatementInvalid,
      /volunteer_booking_bookings_feedback_known/,
    )
  end
end
