# frozen_string_literal: true

require_relative "../../core_helper"
require "active_support/parameter_filter"

# The parameters plugin.rb adds to Rails' filter_parameters, through the
# filter Rails builds from them for its request logs.
RSpec.describe VolunteerBooking::LogFilter do
  subject(:filter) { ActiveSupport::ParameterFilter.new(described_class::PARAMETERS) }

  let(:link) { "https://meet.jit.si/digital-candle-abc" }

  it "hides call links, intake answers and a request's note" do
    expect(
      filter.filter(
        "call_link" => link,
        "call_link_template" => link,
        "answers" => {
          "story" => "Laid off in March",
        },
        "note" => "Evenings are hard with the children.",
        "windows" => [{ "weekday" => 1, "from" => "09:00", "to" => "11:00" }],
      ),
    ).to eq(
      "call_link" => "[FILTERED]",
      "call_link_template" => "[FILTERED]",
      "answers" => "[FILTERED]",
      "note" => "[FILTERED]",
      "windows" => [{ "weekday" => 1, "from" => "09:00", "to" => "11:00" }],
    )
  end

  it "matches answers and note whole, leaving names that only contain them" do
    params = { "answers_count" => 1, "notes_url" => "/n", "footnote" => "f" }
    expect(filter.filter(params)).to eq(params)
  end
end
