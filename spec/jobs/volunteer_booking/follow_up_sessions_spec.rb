# frozen_string_literal: true

RSpec.describe Jobs::VolunteerBooking::FollowUpSessions do
  subject(:job) { described_class.new }

  before { enable_current_plugin }

  it "follows sessions up while the plugin is on" do
    allow(VolunteerBooking::FollowUps).to receive(:run)
    job.execute({})
    expect(VolunteerBooking::FollowUps).to have_received(:run)
  end

  it "does nothing while the plugin is off" do
    SiteSetting.volunteer_booking_enabled = false
    allow(VolunteerBooking::FollowUps).to receive(:run)
    job.execute({})
    expect(VolunteerBooking::FollowUps).not_to have_received(:run)
  end
end
