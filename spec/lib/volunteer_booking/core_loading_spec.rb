# frozen_string_literal: true

require_relative "../../core_helper"

# The core must stay loadable outside Discourse, and Zeitwerk must find each
# class where Discourse's autoloader looks for it.
RSpec.describe "the Ruby core" do # rubocop:disable RSpec/DescribeClass
  let(:core_files) do
    Dir[File.expand_path("../../../lib/volunteer_booking/*.rb", __dir__)].reject do |path|
      name = File.basename(path)
      name == "engine.rb" || name.end_with?("_extension.rb")
    end
  end

  it "loads without Rails or Discourse" do
    expect([defined?(::Rails), defined?(::Discourse), defined?(::ActiveRecord)]).to all(be_nil)
  end

  it "defines the constant each file name promises" do
    expect(core_files).to all(
      satisfy do |path|
        VolunteerBooking.const_defined?(File.basename(path, ".rb").camelize, false)
      end,
    )
  end
end
