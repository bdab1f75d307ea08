# frozen_string_literal: true

RSpec.describe Jobs::VolunteerBooking::EscalateBookings do
  subject(:job) { described_class.new }

  include_context "with volunteers on the rota"

  fab!(:organiser_two, :user)

  # Made on Monday noon for Wednesday 14:00 (the clock stands on Tuesday noon).
  fab!(:booking) { pending_booking(created_at: Time.utc(2026, 11, 30, 12)) }

  before do
    organisers.add(organiser_two)
    SiteSetting.volunteer_booking_escalate_to_rota_after_hours = 12
    SiteSetting.volunteer_booking_escalate_to_organisers_before_hours = 24
  end

  describe "reminding the rota" do
    context "with a chat channel" do
      include_context "with a booking chat channel"

      let!(:announcement) { announce(booking) }

      it "mentions the volunteers on the rota in the channel, in reply to the announcement" do
        expect { job.execute({}) }.to change {
          Chat::Message.where(chat_channel_id: chat_channel.id).count
        }.by(1)

        reminder = Chat::Message.where(chat_channel_id: chat_channel.id).order(:id).last
        expect(reminder.user_id).to eq(Discourse.system_user.id)
        expect(reminder.in_reply_to_id).to eq(announcement.id)
        expect(reminder.message).to include(
          "@#{volunteer.username}",
          "@#{other_volunteer.username}",
        )
        expect(reminder.message).not_to include("I was laid off")
        expect(booking.reload.rota_escalated_at).to eq_time(Time.current)
      end

      it "fires once per booking" do
        job.execute({})
        expect { job.execute({}) }.not_to change { Chat::Message.count }
      end
    end

    context "without a chat channel" do
      it "notifies the volunteers on the rota instead, once" do
        job.execute({})
        job.execute({})

        expect(custom_notifications(volunteer, :still_pending).size).to eq(1)
        expect(custom_notifications(other_volunteer, :still_pending).size).to eq(1)
      end
    end

    it "waits until the booking is old enough" do
      booking.update_columns(created_at: 11.hours.ago)
      job.execute({})
      expect(booking.reload.rota_escalated_at).to be_nil
    end
  end

  describe "alerting the organisers" do
    it "waits until the start is close enough" do
      job.execute({})
      expect(custom_notifications(organiser, :still_pending)).to be_empty
      expect(booking.reload.organisers_escalated_at).to be_nil
    end

    it "notifies every organiser once when the start is close and nobody has it" do
      freeze_time(slot_time - 23.hours)

      job.execute({})
      job.execute({})

      [organiser, organiser_two].each do |user|
        notifications = custom_notifications(user, :still_pending)
        expect(notifications.size).to eq(1)
        expect(notifications.first.topic_id).to eq(booking_topic.topic_id)
        expect(JSON.parse(notifications.first.data)).to include(
          "title" => "volunteer_booking.notifications.still_pending_title",
          "display_username" => booker.username,
          "booking_id" => booking.id,
        )
      end
      # The volunteers' own reminder, the topic having no chat channel.
      expect(custom_notifications(volunteer, :still_pending).size).to eq(1)
    end
  end

  describe "expiring" do
    before { freeze_time(slot_time + 1.minute) }

    it "cancels a booking nobody picked up by its start, keeping the record" do
      job.execute({})

      expect(booking.reload).to have_attributes(
        status: "cancelled",
        expired_at: Time.current,
        cancelled_by_id: nil,
        cancel_reason: I18n.t("volunteer_booking.expired_reason"),
        sequence: 1,
      )
      expect(booking.answers).to be_present
    end

    it "apologises to the booker once" do
      job.execute({})
      job.execute({})

      notifications = custom_notifications(booker, :expired)
      expect(notifications.size).to eq(1)
      expect(JSON.parse(notifications.first.data)).to include(
        "title" => "volunteer_booking.notifications.expired_title",
        "display_username" => I18n.t("volunteer_booking.expired_label"),
        "topic_title" => booking_topic.topic.title,
      )
    end

    it "does not escalate it any more" do
      job.execute({})
      expect(booking.reload).to have_attributes(
        rota_escalated_at: nil,
        organisers_escalated_at: nil,
      )
    end

    context "with a chat channel" do
      include_context "with a booking chat channel"

      it "says so in the announcement and removes its button" do
        freeze_time(slot_time - 1.day)
        announcement = announce(booking)
        freeze_time(slot_time + 1.minute)

        job.execute({})

        expect(announcement.reload.message).to include(I18n.t("volunteer_booking.chat.expired"))
        expect(announcement.blocks).to be_blank
      end
    end
  end

  describe "skipping bookings that do not need it" do
    before { freeze_time(slot_time - 1.hour) }

    it "leaves picked-up and cancelled bookings alone" do
      other =
        booking_here(
          starts_at: slot_time,
          created_at: Time.utc(2026, 11, 30, 12),
          status: :cancelled,
        )
      booking.update!(status: :picked_up, holder: volunteer)

      job.execute({})
      freeze_time(slot_time + 1.hour)
      job.execute({})

      [booking, other].each do |b|
        expect(b.reload).to have_attributes(
          rota_escalated_at: nil,
          organisers_escalated_at: nil,
          expired_at: nil,
        )
      end
      expect(booking.status).to eq("picked_up")
      expect(Notification.where(notification_type: Notification.types[:custom]).count).to eq(0)
    end
  end

  it "does nothing while the plugin is disabled" do
    freeze_time(slot_time + 1.minute)
    SiteSetting.volunteer_booking_enabled = false
    job.execute({})
    expect(booking.reload.status).to eq("pending")
  end
end
