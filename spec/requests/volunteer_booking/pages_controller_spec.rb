# frozen_string_literal: true

RSpec.describe VolunteerBooking::PagesController do
  fab!(:user)

  before { enable_current_plugin }

  it "serves the app for /volunteer-booking, to visitors too (the page asks them to log in)" do
    answer_as(nil, 200) { get "/volunteer-booking" }
    expect(response.media_type).to eq("text/html")

    answer_as(user, 200) { get "/volunteer-booking" }
  end

  it "is not found while the plugin is disabled" do
    SiteSetting.volunteer_booking_enabled = false
    answer_as(user, 404) { get "/volunteer-booking.json" }
  end
end
