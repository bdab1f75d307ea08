# frozen_string_literal: true

RSpec.describe Jobs::VolunteerBooking::SendReminder do
  subject(:job) { described_class.new }

  include_context "with volunteers on the rota"

  fab!(:booking) { pending_booking }

  let(:args) { { booking_id: booking.id, hours: 24, starts_at: slot_time.iso8601 } }

  def reminders_for(user)
    Notification.where(user_id: user.id, notification_type: Notification.types[:custom])
  end

  def data_of(notification)
    JSON.parse(notification.data)
  end

  it "reminds the booker of a pending booking" do
    expect { job.execute(args) }.to change { reminders_for(booker).count }.by(1)

    notification = reminders_for(booker).last
    expect(notification.topic_id).to eq(booking_topic.topic_id)
    expect(notification.post_number).to eq(1)
    expect(data_of(notification)).to eq(
      "message" => "volunteer_booking.notifications.reminder",
      "title" => "volunteer_booking.notifications.reminder_title",
      "display_username" => booking_topic.topic.title,
      "topic_title" => booking_topic.topic.title,
      "booking_id" => booking.id,
      "starts_at" => "2026-12-02T14:00:00Z",
      "hours" => 24,
    )
  end

  it "reminds both the booker and the volunteer once it is picked up" do
    booking.update!(status: :picked_up, holder: volunteer, picked_up_at: Time.current)

    expect { job.execute(args) }.to change { Notification.count }.by(2)
    expect(data_of(reminders_for(booker).last)["display_username"]).to eq(volunteer.username)
    expect(data_of(reminders_for(volunteer).last)["display_username"]).to eq(booker.username)
  end

  context "when the booking has a call link" do
    let(:link) { "https://meet.jit.si/volunteers-room" }

    before do
      booking_topic.update!(meeting_mode: "volunteer_link")
      VolunteerBooking::VolunteerProfile.create!(user: volunteer, call_link: link)
      pick_up(booking, volunteer)
    end

    it "gives it to both in the private message, and to no notification" do
      expect(booking.call_link).to eq(link)
      expect { job.execute(args) }.not_to change {
        reminders_for(booker).count + reminders_for(volunteer).count
      }

      expect(booking.private_message_topic.posts.last.raw).to eq(
        I18n.t(
          "volunteer_booking.private_message.reminder_call_link",
          count: 24,
          time: VolunteerBooking::Markup.local_date(booking.starts_at),
          link: VolunteerBooking::Markup.link(link, link),
        ),
      )
      expect(
        Notification.where(user_id: [booker.id, volunteer.id]).map(&:data).join,
      ).not_to include(link)
    end

    it "says an hour in the singular" do
      job.execute(args.merge(hours: 1))
      expect(booking.private_message_topic.posts.last.raw).to start_with(
        "Reminder: this chat starts in 1 hour,",
      )
    end
  end

  it "reminds the booker of a pending booking with a call link by a notification without it" do
    booking_topic.update!(meeting_mode: "call_link_template", call_link_template:)
    booking.update!(call_token: "A" * 22, call_link: call_link_template.sub("{token}", "A" * 22))

    expect { job.execute(args) }.to change { reminders_for(booker).count }.by(1)
    expect(reminders_for(booker).last.data).not_to include("A" * 22)
  end

  it "does nothing for a cancelled booking" do
    booking.update!(status: :cancelled)
    expect { job.execute(args) }.not_to change { Notification.count }
  end

  it "does nothing for a booking moved since it was scheduled" do
    booking.update!(starts_at: slot_time + 7.days, ends_at: slot_time + 7.days + 30.minutes)
    expect { job.execute(args) }.not_to change { Notification.count }
  end

  it "does nothing once the session has started" do
    freeze_time(slot_time + 1.minute)
    expect { job.execute(args) }.not_to change { Notification.count }
  end

  it "does nothing for a booking that is gone" do
    expect { job.execute(args.merge(booking_id: -1)) }.not_to change { Notification.count }
  end

  it "does nothing while the plugin is disabled" do
    SiteSetting.volunteer_booking_enabled = false
    expect { job.execute(args) }.not_to change { Notification.count }
  end
end
