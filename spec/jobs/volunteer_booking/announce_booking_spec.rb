# frozen_string_literal: true

RSpec.describe Jobs::VolunteerBooking::AnnounceBooking do
  subject(:job) { described_class.new }

  include_context "with volunteers on the rota"
  include_context "with a booking chat channel"

  fab!(:booking) { pending_booking }

  it "announces the booking in the topic's channel" do
    expect { job.execute(booking_id: booking.id) }.to change {
      Chat::Message.where(chat_channel_id: chat_channel.id).count
    }.by(1)
    expect(booking.reload.announcement_chat_message_id).to be_present
  end

  it "announces it once however often it runs" do
    job.execute(booking_id: booking.id)
    expect { job.execute(booking_id: booking.id) }.not_to change { Chat::Message.count }
  end

  it "does nothing for a booking picked up or cancelled before it ran" do
    booking.update!(status: :cancelled)
    expect { job.execute(booking_id: booking.id) }.not_to change { Chat::Message.count }
  end

  it "does nothing for a booking that is gone" do
    expect { job.execute(booking_id: -1) }.not_to change { Chat::Message.count }
  end

  it "does nothing while the plugin is disabled" do
    SiteSetting.volunteer_booking_enabled = false
    expect { job.execute(booking_id: booking.id) }.not_to change { Chat::Message.count }
  end
end
