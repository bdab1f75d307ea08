# frozen_string_literal: true

RSpec.describe Jobs::VolunteerBooking::CloseBookingRequests do
  include_context "with volunteers on the rota"

  fab!(:booking_request) { booker_request(created_at: 15.days.ago) }

  it "closes open requests past the topic's days and tells the requester kindly" do
    described_class.new.execute({})
    expect(booking_request.reload.status).to eq("expired")
    message = Topic.private_messages.order(:id).last
    expect(message.topic_allowed_users.pluck(:user_id)).to include(booker.id)
    expect(message.first_post.raw).to include(booking_topic.topic.url)
  end

  it "leaves younger and taken requests alone" do
    booking_request.update!(created_at: 13.days.ago)
    taken =
      Fabricate(
        :volunteer_booking_taken_request,
        booking_topic:,
        taker: volunteer,
        created_at: 20.days.ago,
      )
    described_class.new.execute({})
    expect(booking_request.reload.status).to eq("open")
    expect(taken.reload.status).to eq("taken")
  end

  it "does nothing while the plugin is off" do
    SiteSetting.volunteer_booking_enabled = false
    described_class.new.execute({})
    expect(booking_request.reload.status).to eq("open")
  end
end
