# frozen_string_literal: true

# Every form reads its limits from the site (lib/limits.ts), so the table
# must reach visitors too, and go when the plugin is off.
RSpec.describe SiteSerializer do
  let(:guardian) { Guardian.new }

  def serialized
    described_class.new(Site.new(guardian), scope: guardian, root: false).as_json
  end

  it "sends contract/limits.json to every page" do
    SiteSetting.volunteer_booking_enabled = true
    expect(serialized[:volunteer_booking_limits].as_json).to eq(
      JSON.parse(File.read(VolunteerBooking::Limits::FILE)),
    )
  end

  it "sends nothing while the plugin is off" do
    SiteSetting.volunteer_booking_enabled = false
    expect(serialized).not_to have_key(:volunteer_booking_limits)
  end
end
