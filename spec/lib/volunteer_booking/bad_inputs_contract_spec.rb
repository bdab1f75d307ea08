# frozen_string_literal: true

require "json"
require_relative "../../core_helper"

# contract/bad_inputs.json is run by a request spec in Discourse's CI and
# against the in-memory API here; this checks, here, that every answer it
# expects is one server.en.yml can give, with exactly the params its
# sentence needs, so a row cannot expect a message nobody could see.
RSpec.describe "contract/bad_inputs.json" do # rubocop:disable RSpec/DescribeClass
  contract = JSON.parse(File.read(File.expand_path("../../../contract/bad_inputs.json", __dir__)))
  rows = contract["rows"]

  # The messages the plugin does not define: Rails' own (after a field's
  # name) and Discourse's (a whole answer). The request spec reads them
  # through I18n; these are their placeholders.
  rails_messages = {
    "blank" => [],
    "invalid" => [],
    "inclusion" => [],
    "too_long" => ["count"],
    "too_short" => ["count"],
  }
  discourse_keys = %w[not_found invalid_access not_logged_in]
  users = %w[visitor booker volunteer other_volunteer organiser admin stranger]
  statuses = [400, 403, 404, 422]
  records = %w[
    topic_id
    shift_id
    booking_id
    picked_up_booking_id
    rota_entry_id
    time_off_id
    request_id
    taken_request_id
  ]

  let(:locale) { VolunteerBookingCoreSpec.server_locale["en"] }
  let(:field_names) { locale.dig("activemodel", "attributes", "volunteer_booking/strict_params") }
  let(:problems) do
    locale.dig("activemodel", "errors", "models", "volunteer_booking/strict_params")
  end
  let(:questions) { locale.dig("volunteer_booking", "default_questions") }

  def placeholders(text)
    Array(text.is_a?(Hash) ? text.values : text)
      .flat_map { |form| form.scan(/%\{(\w+)\}/).flatten }
      .uniq
      .sort
  end

  it "has at least 50 rows, each with a distinct request" do
    expect(rows.size).to be >= 50
    requests = rows.map { |row| row.values_at("method", "path", "as", "base", "body", "query") }
    expect(requests.uniq.size).to eq(rows.size)
  end

  rows.each_with_index do |row, index|
    describe "row #{index + 1}: #{row["method"]} #{row["path"]} as #{row["as"]} (#{row["class"]})" do
      it "names a known user, records, base and status" do
        expect(users).to include(row["as"])
        expect(row["path"].scan(/\{(\w+)\}/).flatten - records).to be_empty
        expect(contract["bases"].keys).to include(row["base"]) if row["base"]
        expect(statuses).to include(row["status"])
        expect(row["errors"]).not_to be_empty
        expect(row["why"]).to match(/\w/) if row["fake"] == false
      end

      row["errors"].each do |expected|
        params = expected.fetch("params", {})

        if expected["field"]
          it "expects #{expected["field"]} #{expected["problem"]}, a sentence server.en.yml has" do
            expect(field_names.keys).to include(expected["field"])
            text = problems[expected["problem"]]
            if text
              expect(placeholders(text)).to eq(params.keys.sort)
            else
              expect(rails_messages.keys).to include(expected["problem"])
              expect(rails_messages[expected["problem"]]).to eq(params.keys.sort)
            end
          end
        elsif expected["key"].start_with?("volunteer_booking.")
          it "expects #{expected["key"]} with exactly its params" do
            text = locale.dig(*expected["key"].split("."))
            expect(text).to be_a(String).or be_a(Hash)
            expect(placeholders(text)).to eq(params.keys.sort)
            expect(questions.keys).to include(params["question"]) if params.key?("question")
          end
        else
          it "expects Discourse's own #{expected["key"]}, with no params" do
            expect(discourse_keys).to include(expected["key"])
            expect(params).to be_empty
          end
        end
      end
    end
  end
end
