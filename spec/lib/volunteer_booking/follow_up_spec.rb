# frozen_string_literal: true

require_relative "../../core_helper"

RSpec.describe VolunteerBooking::FollowUp do
  let(:now) { Time.utc(2026, 12, 9, 18) }
  let(:booker) { { gone: false, stopped: false } }
  let(:topic) { { paused: false, follow_ups_paused: false } }

  def booking(**attributes)
    {
      status: :held,
      ends_at: now - 4 * 3600,
      outcome_marked_at: now - 2 * 3600,
      follow_up_sent_at: nil,
      outcome_nudges: 0,
    }.merge(attributes)
  end

  describe ".kind" do
    it "thanks a booker whose session was held" do
      expect(described_class.kind(booking)).to eq(:thanks)
    end

    it "writes kindly to a booker who did not come" do
      expect(described_class.kind(booking(status: :no_show))).to eq(:no_show)
    end

    it "has nothing for a session without an outcome" do
      expect(described_class.kind(booking(status: :picked_up))).to be_nil
    end
  end

  describe ".due?" do
    def due?(hours: 2, **attributes)
      described_class.due?(booking(**attributes), booker:, topic:, hours:, now:)
    end

    it "is due the topic's hours after the outcome was marked" do
      expect(due?).to eq(true)
    end

    it "waits until then" do
      expect(due?(outcome_marked_at: now - 2 * 3600 + 1)).to eq(false)
    end

    it "goes at once when the topic waits no hours" do
      expect(due?(hours: 0, outcome_marked_at: now)).to eq(true)
    end

    it "goes once" do
      expect(due?(follow_up_sent_at: now - 60)).to eq(false)
    end

    it "is not sent for a session marked more than a week ago" do
      expect(due?(outcome_marked_at: now - 7 * 86_400)).to eq(false)
    end

    it "is due for a no-show too" do
      expect(due?(status: :no_show)).to eq(true)
    end
  end

  describe ".stop_reason" do
    def reason(booking_attributes = {}, booker: self.booker, topic: self.topic)
      described_class.stop_reason(booking(**booking_attributes), booker:, topic:)
    end

    it "lets a follow-up go when nothing stops it" do
      expect(reason).to be_nil
    end

    it "stops for a booker whose account went" do
      expect(reason(booker: { gone: true, stopped: true })).to eq(:booker_gone)
    end

    it "stops for a booker who opted out" do
      expect(reason(booker: { gone: false, stopped: true })).to eq(:opted_out)
    end

    it "holds while the topic is paused with no follow-ups ticked" do
      expect(reason(topic: { paused: true, follow_ups_paused: true })).to eq(:paused)
    end

    it "goes while the topic is paused for bookings only" do
      expect(reason(topic: { paused: true, follow_ups_paused: false })).to be_nil
    end

    it "goes again once the paused topic resumes" do
      expect(reason(topic: { paused: false, follow_ups_paused: true })).to be_nil
    end

    it "stops for a session without an outcome" do
      expect(reason({ status: :cancelled })).to eq(:no_outcome)
    end
  end

  describe ".remind_holder?" do
    def remind?(**attributes)
      described_class.remind_holder?(booking(status: :picked_up, **attributes), now:)
    end

    it "reminds the holder a day after the session ended" do
      expect(remind?(ends_at: now - 24 * 3600)).to eq(true)
    end

    it "waits a day" do
      expect(remind?(ends_at: now - 24 * 3600 + 1)).to eq(false)
    end

    it "does not remind of a session over for more than a week" do
      expect(remind?(ends_at: now - 7 * 86_400)).to eq(false)
    end

    it "reminds once" do
      expect(remind?(ends_at: now - 48 * 3600, outcome_nudges: 1)).to eq(false)
    end

    it "does not remind of a session with an outcome" do
      expect(
        described_class.remind_holder?(booking(status: :held, ends_at: now - 48 * 3600), now:),
      ).to eq(false)
    end
  end

  describe ".overdue_for_organisers?" do
    it "is overdue three days after the end" do
      expect(
        described_class.overdue_for_organisers?(
          booking(status: :picked_up, ends_at: now - 72 * 3600),
          now:,
        ),
      ).to eq(true)
    end

    it "is not before" do
      expect(
        described_class.overdue_for_organisers?(
          booking(status: :picked_up, ends_at: now - 72 * 3600 + 1),
          now:,
        ),
      ).to eq(false)
    end
  end

  describe ".approval_check" do
    def check(days_ago, limit: 2, topic_id: 1, excused: false)
      no_shows = days_ago.map { |days| { topic_id:, starts_at: now - days * 86_400, excused: } }
      described_class.approval_check(no_shows, topic_id: 1, limit:, days: 90, now:)
    end

    it "asks for approval after the limit of no-shows in the window, saying why" do
      result = check([3, 80])
      expect(result.i18n_key).to eq("volunteer_booking.errors.needs_approval")
      expect(result.params).to eq(count: 2, days: 90)
    end

    it "lets one no-show pass" do
      expect(check([3])).to be_ok
    end

    it "forgets no-shows older than the window" do
      expect(check([3, 90])).to be_ok
    end

    it "is off with a limit of 0" do
      expect(check([1, 2, 3], limit: 0)).to be_ok
    end

    it "counts the limit, not more" do
      expect(check([1, 2, 3], limit: 3).params).to eq(count: 3, days: 90)
    end

    it "counts neither excused no-shows nor other topics'" do
      expect(check([1, 2], excused: true)).to be_ok
      expect(check([1, 2], topic_id: 2)).to be_ok
    end
  end
end
