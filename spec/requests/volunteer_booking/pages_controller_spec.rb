# frozen_string_literal: true

RSpec.describe VolunteerBooking::PagesController do
  fab!(:user)

  before { enable_current_plugin }

  it "serves the app for /volunteer-booking, to visitors too (the page asks them to log in)" do
    get "/volunteer-booking"
    expect(response.status).to eq(200)
    expect(response.media_type).to eq("text/html")

    sign_in(user)
    get "/volunteer-booking"
    expect(response.status).to eq(200)
  end

  it "is not found while the plugin is disabled" do
    SiteSetting.volunteer_booking_enabled = false
    sign_in(user)
    get "/volunteer-booking.json"
    expect(response.status).to eq(404)
  end
end
