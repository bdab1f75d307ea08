# frozen_string_literal: true

RSpec.describe Jobs::VolunteerBooking::CatchUp do
  subject(:job) { described_class.new }

  include_context "with a picked-up booking"

  # Left the volunteers while the plugin was off: nothing heard it.
  before do
    SiteSetting.volunteer_booking_enabled = false
    volunteers.remove(volunteer)
  end

  it "is queued when the plugin is turned on, and releases what it missed" do
    expect_enqueued_with(job: described_class) { SiteSetting.volunteer_booking_enabled = true }

    job.execute({})

    expect(booking.reload).to have_attributes(status: "pending", holder_id: nil)
  end

  it "does nothing while the plugin is off" do
    job.execute({})
    expect(booking.reload.holder_id).to eq(volunteer.id)
  end
end
