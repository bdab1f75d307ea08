# frozen_string_literal: true

# The clock stands on Tuesday 1 December 2026 at noon UTC (London's time
# in December); the message is set for Tuesdays at 09:00 London, two weeks
# ahead, so it is due, for the week of Monday 30 November, with the
# Wednesdays 2 and 9 December.
RSpec.describe VolunteerBooking::GapRecruiting do
  include_context "with a volunteer booking topic"
  include_context "with a booking chat channel"

  let(:week) { Date.new(2026, 11, 30) }
  let(:first_gap) { "Wed 2 Dec 13:00–17:00 London" }
  let(:second_gap) { "Wed 9 Dec 13:00–17:00 London" }

  before do
    booking_topic.update!(
      gap_messages_enabled: true,
      gap_message_weekday: 2,
      gap_message_hour: 9,
      gap_horizon_weeks: 2,
    )
  end

  def gap_messages
    Chat::Message.where(chat_channel_id: chat_channel.id, user_id: Discourse.system_user.id)
  end

  def action_ids(message)
    message.reload.blocks.first["elements"].map { |element| element["action_id"] }
  end

  def gap_notifications(user)
    Notification
      .where(user_id: user.id, notification_type: Notification.types[:custom])
      .map { |notification| JSON.parse(notification.data) }
      .select { |data| data["message"] == "volunteer_booking.notifications.gaps" }
  end

  describe ".run" do
    it "posts one message listing the gaps, a Join button for each, and records the week" do
      expect { described_class.run }.to change { gap_messages.count }.by(1)

      message = gap_messages.last
      expect(message.message).to include(
        I18n.t("volunteer_booking.chat.gap_nobody", when: first_gap),
        I18n.t("volunteer_booking.chat.gap_nobody", when: second_gap),
      )
      expect(action_ids(message)).to eq(
        [
          VolunteerBooking::ChatAction.join_gap(shift.id, Date.new(2026, 12, 2)),
          VolunteerBooking::ChatAction.join_gap(shift.id, Date.new(2026, 12, 9)),
        ],
      )
      expect(booking_topic.reload).to have_attributes(
        gap_message_id: message.id,
        gap_message_week: week,
      )
    end

    it "never sends twice for one week" do
      described_class.run
      expect { described_class.run }.not_to change { gap_messages.count }
    end

    it "sends nothing before the topic's hour" do
      booking_topic.update!(gap_message_hour: 13)

      expect { described_class.run }.not_to change { gap_messages.count }
      expect(booking_topic.reload.gap_message_week).to be_nil
    end

    it "sends nothing without gaps, and does not record the week, so a later gap is still sent" do
      Fabricate(:volunteer_booking_rota_entry, shift:, user: volunteer)

      expect { described_class.run }.not_to change { gap_messages.count }
      expect(booking_topic.reload.gap_message_week).to be_nil
    end

    it "sends nothing for a topic that did not switch it on" do
      booking_topic.update!(gap_messages_enabled: false)

      expect { described_class.run }.not_to change { gap_messages.count }
    end

    it "counts a shift that wants two with one on as a gap, saying who is on" do
      shift.update!(volunteers_wanted: 2)
      Fabricate(:volunteer_booking_rota_entry, shift:, user: volunteer)

      described_class.run

      expect(gap_messages.last.message).to include(
        I18n.t(
          "volunteer_booking.chat.gap_short",
          when: first_gap,
          count: 1,
          wanted: 2,
          usernames: VolunteerBooking::Markup.escape("@#{volunteer.username}"),
        ),
      )
    end

    it "lists at most ten dates, then points to the rota for the rest" do
      booking_topic.update!(gap_horizon_weeks: 8)
      Fabricate(:volunteer_booking_shift, booking_topic:, weekday: 5)

      described_class.run

      message = gap_messages.last
      expect(action_ids(message).size).to eq(VolunteerBooking::GapMessage::MAX_LISTED)
      topic = booking_topic.topic
      expect(message.message).to include(
        I18n.t(
          "volunteer_booking.chat.gaps_more",
          count: 6,
          topic: VolunteerBooking::Markup.link(topic.title, topic.url),
        ),
      )
    end

    it "notifies the volunteers who chose to, of the gaps they could fill" do
      VolunteerBooking::VolunteerProfile.create!(user: volunteer, notify_gaps: true)
      VolunteerBooking::VolunteerProfile.create!(user: other_volunteer, notify_gaps: true)
      VolunteerBooking::VolunteerProfile.create!(user: outsider, notify_gaps: true)
      Fabricate(
        :volunteer_booking_time_off,
        user: other_volunteer,
        starts_on: Date.new(2026, 12, 1),
        ends_on: Date.new(2026, 12, 10),
      )

      described_class.run

      expect(gap_notifications(volunteer)).to contain_exactly(
        include("count" => 2, "topic_title" => booking_topic.topic.title),
      )
      expect(gap_notifications(other_volunteer)).to be_empty
      expect(gap_notifications(outsider)).to be_empty
    end

    it "notifies volunteers on a topic without a chat channel too, once a week" do
      booking_topic.update!(chat_channel_id: nil)
      VolunteerBooking::VolunteerProfile.create!(user: volunteer, notify_gaps: true)

      2.times { described_class.run }

      expect(gap_notifications(volunteer).size).to eq(1)
      expect(booking_topic.reload).to have_attributes(gap_message_id: nil, gap_message_week: week)
    end
  end

  describe ".refresh" do
    it "says who covers a listed date once someone joins it, keeping every listed date" do
      described_class.run
      message = gap_messages.last
      Fabricate(
        :volunteer_booking_rota_entry,
        shift:,
        user: volunteer,
        on_date: Date.new(2026, 12, 2),
      )

      described_class.refresh(booking_topic.reload)

      expect(message.reload.message).to include(
        I18n.t(
          "volunteer_booking.chat.gap_covered",
          when: first_gap,
          usernames: VolunteerBooking::Markup.escape("@#{volunteer.username}"),
        ),
        I18n.t("volunteer_booking.chat.gap_nobody", when: second_gap),
      )
      expect(message.blocks.first["elements"].map { |element| element["style"] }).to eq(
        [nil, "primary"],
      )
    end

    it "does nothing for a topic without a message" do
      expect(described_class.refresh(booking_topic)).to be_nil
    end

    it "leaves a message whose dates are all past as it was" do
      described_class.run
      message = gap_messages.last
      later = Time.utc(2026, 12, 11)

      expect { described_class.refresh(booking_topic.reload, now: later) }.not_to change {
        message.reload.message
      }
    end
  end

  describe ".rota_changed" do
    it "asks for the week's message to be edited, for a topic that has one" do
      described_class.run

      expect_enqueued_with(
        job: Jobs::VolunteerBooking::RefreshGapMessage,
        args: {
          booking_topic_id: booking_topic.id,
        },
      ) { described_class.rota_changed(booking_topic.reload) }
    end

    it "asks for nothing for a topic without a message" do
      expect_not_enqueued_with(job: Jobs::VolunteerBooking::RefreshGapMessage) do
        described_class.rota_changed(booking_topic)
      end
    end
  end
end
