# frozen_string_literal: true

RSpec.describe Jobs::VolunteerBooking::RefreshGapMessage do
  subject(:job) { described_class.new }

  include_context "with a volunteer booking topic"
  include_context "with a booking chat channel"

  let(:message) { Chat::Message.find(booking_topic.reload.gap_message_id) }

  before do
    booking_topic.update!(gap_messages_enabled: true, gap_message_weekday: 2, gap_message_hour: 9)
    VolunteerBooking::GapRecruiting.run
    rota_entry_for(volunteer, on_date: wednesday)
  end

  it "edits the topic's gap message to follow its rota" do
    job.execute(booking_topic_id: booking_topic.id)

    expect(message.message).to include(
      I18n.t(
        "volunteer_booking.chat.gap_covered",
        when: "Wed 2 Dec 13:00–17:00 London",
        usernames: VolunteerBooking::Markup.escape("@#{volunteer.username}"),
      ),
    )
  end

  it "does nothing for a booking topic that is gone" do
    expect { job.execute(booking_topic_id: -1) }.not_to change { message.reload.message }
  end
end
