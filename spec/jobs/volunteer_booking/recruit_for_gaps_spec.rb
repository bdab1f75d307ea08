# frozen_string_literal: true

RSpec.describe Jobs::VolunteerBooking::RecruitForGaps do
  subject(:job) { described_class.new }

  include_context "with a volunteer booking topic"
  include_context "with a booking chat channel"

  before do
    booking_topic.update!(gap_messages_enabled: true, gap_message_weekday: 2, gap_message_hour: 9)
  end

  def gap_message_id
    booking_topic.reload.gap_message_id
  end

  it "sends the gap messages that are due" do
    job.execute({})

    expect(Chat::Message.find(gap_message_id).message).to include(
      I18n.t("volunteer_booking.chat.gap_nobody", when: "Wed 2 Dec 13:00–17:00 London"),
    )
  end

  it "does nothing while the plugin is disabled" do
    SiteSetting.volunteer_booking_enabled = false

    job.execute({})

    expect(gap_message_id).to be_nil
  end
end
