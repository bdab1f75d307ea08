# frozen_string_literal: true

# Every row of contract/bad_inputs.json (its README says what each part
# means), which the in-memory API answers the same way: the request gets
# the row's status and exactly its translated errors, and no row of the
# plugin's tables (nor a group membership) changes.
RSpec.describe "Bad inputs to the volunteer booking API" do
  include_context "with volunteers on the rota"

  contract = JSON.parse(File.read(File.expand_path("../../../contract/bad_inputs.json", __dir__)))

  fab!(:admin)
  # The Friends group, by the setting's default name: the Friends services
  # look for it before they read the usernames or user asked about.
  fab!(:friends) { Fabricate(:group, name: "friends") }
  # Booked an hour after slot_time, so slot_time is free for the rows that
  # book and other_slot_time for those that move.
  fab!(:booking) { pending_booking(starts_at: Time.utc(2026, 12, 2, 15)) }
  fab!(:picked_up_booking) do
    Fabricate(
      :volunteer_booking_picked_up_booking,
      booking_topic:,
      shift:,
      holder: volunteer,
      starts_at: Time.utc(2026, 12, 2, 16),
    )
  end
  fab!(:time_off) { Fabricate(:volunteer_booking_time_off, user: volunteer) }
  # Asked for by people no row asks as (the fabricator makes them).
  fab!(:booking_request) { Fabricate(:volunteer_booking_request, booking_topic:) }
  fab!(:taken_request) do
    Fabricate(:volunteer_booking_taken_request, booking_topic:, taker: volunteer)
  end

  let(:bases) { contract["bases"] }
  let(:people) do
    {
      "visitor" => nil,
      "booker" => booker,
      "volunteer" => volunteer,
      "other_volunteer" => other_volunteer,
      "organiser" => organiser,
      "admin" => admin,
      "stranger" => outsider,
    }
  end

  let(:records) do
    {
      "topic_id" => booking_topic.topic_id,
      "shift_id" => shift.id,
      "slot_time" => "2026-12-02T14:00:00Z",
      "other_slot_time" => "2026-12-02T14:30:00Z",
      "off_grid_time" => "2026-12-02T14:10:00Z",
      "booking_id" => booking.id,
      "picked_up_booking_id" => picked_up_booking.id,
      "rota_entry_id" => rota_entry.id,
      "time_off_id" => time_off.id,
      "request_id" => booking_request.id,
      "taken_request_id" => taken_request.id,
      "settings" =>
        JSON.parse(
          VolunteerBooking::BookingTopicSettingsSerializer.new(booking_topic, root: false).to_json,
        ),
    }
  end

  let(:models) do
    [
      VolunteerBooking::BookingTopic,
      VolunteerBooking::Shift,
      VolunteerBooking::RotaEntry,
      VolunteerBooking::TimeOff,
      VolunteerBooking::Booking,
      VolunteerBooking::BookingRequest,
    ]
  end

  # What "nothing changed" means: the same rows, none touched since.
  def snapshot
    models
      .to_h { |model| [model.name, [model.count, model.maximum(:updated_at)]] }
      .merge("GroupUser" => GroupUser.count)
  end

  # value with "{name}" strings replaced: whole ones keep the record's type.
  def resolve(value)
    case value
    when String
      whole = value.match(/\A\{(\w+)\}\z/)
      return records.fetch(whole[1]) if whole && records.key?(whole[1])
      value.gsub(/\{(\w+)\}/) do |placeholder|
        name = placeholder[1..-2]
        records.key?(name) ? records[name].to_s : placeholder
      end
    when Array
      value.map { |item| resolve(item) }
    when Hash
      value.transform_values { |item| resolve(item) }
    else
      value
    end
  end

  # base with body's keys over it, objects merged key by key.
  def merge(base, body)
    return body.nil? ? base : body if !base.is_a?(Hash) || !body.is_a?(Hash)
    base.merge(body) { |_key, from_base, from_body| merge(from_base, from_body) }
  end

  # The sentence an expected error stands for, through I18n as the
  # controllers translate it; a "question" param names a default question.
  def sentence(expected)
    params = expected.fetch("params", {}).symbolize_keys
    if params[:question]
      params[:question] = I18n.t("volunteer_booking.default_questions.#{params[:question]}")
    end
    if expected["field"]
      VolunteerBookingSpec.field_error(expected["field"], expected["problem"], **params)
    else
      I18n.t(expected["key"], **params)
    end
  end

  def ask(row)
    user = people.fetch(row["as"])
    sign_in(user) if user
    body = resolve(merge(resolve(bases[row["base"]]), row["body"]))
    path = resolve(row["path"])
    path += ".json" if !path.end_with?(".json")
    headers = { "CONTENT_TYPE" => "application/json", "ACCEPT" => "application/json" }
    if row["method"] == "GET"
      get path, params: row["query"] || {}, headers: { "ACCEPT" => "application/json" }
    else
      public_send(row["method"].downcase, path, params: (body || {}).to_json, headers:)
    end
  end

  contract["rows"].each_with_index do |row, index|
    it "row #{index + 1}: #{row["method"]} #{row["path"]} as #{row["as"]} (#{row["class"]})" do
      before = snapshot

      ask(row)

      expect(response.status).to eq(row["status"])
      expect(response.parsed_body["errors"]).to eq(row["errors"].map { |error| sentence(error) })
      expect(snapshot).to eq(before)
    end
  end
end
