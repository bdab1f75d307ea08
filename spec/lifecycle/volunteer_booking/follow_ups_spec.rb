# frozen_string_literal: true

RSpec.describe VolunteerBooking::FollowUps do
  include_context "with volunteers on the rota"

  fab!(:booking) { picked_up_booking(picked_up_at: slot_time - 1.day) }

  let(:marked_at) { slot_time + 40.minutes }

  before do
    VolunteerBooking::PrivateMessage.picked_up(booking)
    booking_topic.update!(next_steps: "- Read the [co-op directory](https://example.com/coops)")
  end

  def private_message
    Topic.find(booking.reload.private_message_topic_id)
  end

  def last_post
    private_message.posts.order(:post_number).last
  end

  def mark(status)
    booking.update!(status:, outcome_marked_at: marked_at, outcome_marked_by_id: volunteer.id)
  end

  describe "the follow-up after a held session" do
    before { mark(:held) }

    it "waits for the topic's hours, then thanks the booker once, with next steps and the question" do
      freeze_time(marked_at + 2.hours - 1.minute)
      expect { described_class.run }.not_to change { private_message.posts.count }

      freeze_time(marked_at + 2.hours)
      expect { 2.times { described_class.run } }.to change { private_message.posts.count }.by(1)
      raw = last_post.raw
      expect(raw).to include(I18n.t("volunteer_booking.follow_up.thanks", booker: booker.username))
      expect(raw).to include("[co-op directory](https://example.com/coops)")
      expect(raw).to include(
        "[wrap=volunteer-booking-feedback booking=#{booking.id} booker=#{booker.id}]",
      )
      expect(booking.reload.follow_up_sent_at).to eq_time(Time.current)
    end

    it "sends nothing to a booker who opted out" do
      booking.update!(follow_ups_stopped_at: marked_at)
      freeze_time(marked_at + 1.day)
      expect { described_class.run }.not_to change { private_message.posts.count }
    end

    it "sends nothing to a booker whose account was anonymised" do
      VolunteerBooking::AccountCleanUp.user_gone(booker.id, username: booker.username)
      freeze_time(marked_at + 1.day)
      expect { described_class.run }.not_to change { booking.reload.follow_up_sent_at }
    end

    it "sends nothing to a booker whose account was deleted, and stops for good" do
      UserDestroyer.new(Fabricate(:admin)).destroy(booker)
      freeze_time(marked_at + 1.day)
      described_class.run
      expect(booking.reload.follow_up_sent_at).to be_nil
      expect(booking.follow_ups_stopped_at).to be_present
    end

    it "goes while the topic is paused without no follow-ups ticked" do
      booking_topic.update!(paused: true, follow_ups_paused: false)
      freeze_time(marked_at + 2.hours)
      expect { described_class.run }.to change { private_message.posts.count }.by(1)
    end

    it "waits while the topic is paused with no follow-ups ticked" do
      booking_topic.update!(paused: true, follow_ups_paused: true)
      freeze_time(marked_at + 1.day)
      expect { described_class.run }.not_to change { private_message.posts.count }

      booking_topic.update!(paused: false)
      expect { described_class.run }.to change { private_message.posts.count }.by(1)
    end
  end

  describe "the note after a no-show" do
    before { mark(:no_show) }

    it "writes kindly, with a link to book again" do
      freeze_time(marked_at + 2.hours)
      described_class.run
      expect(last_post.raw).to include(
        I18n.t(
          "volunteer_booking.follow_up.no_show",
          booker: booker.username,
          link: VolunteerBooking::Markup.link(booking.topic.title, booking.topic.url),
        ),
      )
    end
  end

  describe "the reminder to mark an outcome" do
    def reminders
      Notification.where(user_id: volunteer.id).where(
        "data::jsonb ->> 'message' = ?",
        "volunteer_booking.notifications.outcome_reminder",
      )
    end

    it "reminds the volunteer once, a day after the session ended" do
      freeze_time(booking.ends_at + 1.day - 1.minute)
      expect { described_class.run }.not_to change { reminders.count }

      freeze_time(booking.ends_at + 1.day)
      expect { 2.times { described_class.run } }.to change { reminders.count }.by(1)
      expect(booking.reload.outcome_nudges).to eq(1)
    end

    it "does not remind of a session marked in time" do
      mark(:held)
      freeze_time(booking.ends_at + 1.day)
      expect { described_class.run }.not_to change { reminders.count }
    end
  end
end
