# frozen_string_literal: true

require_relative "../../policy_contract"

RSpec.describe VolunteerBooking::BookingSerializer do
  include_context "with a picked-up booking"

  fab!(:admin)

  def serialize(user, record = booking)
    described_class.new(record, scope: Guardian.new(user), root: false).as_json.deep_stringify_keys
  end

  def all_keys(value)
    case value
    when Hash
      value.keys.map(&:to_s) + value.values.flat_map { |inner| all_keys(inner) }
    when Array
      value.flat_map { |inner| all_keys(inner) }
    else
      []
    end
  end

  it "writes the booking in the api-types.ts shape" do
    json = serialize(booker)

    expect(json.keys).to match_array(
      VolunteerBookingSpec.serialized_keys("Booking", "answers", "call_link"),
    )
    expect(json).to include(
      "id" => booking.id,
      "topic_id" => booking_topic.topic_id,
      "topic_title" => booking_topic.topic.title,
      "shift_id" => shift.id,
      "starts_at" => "2026-12-02T14:00:00Z",
      "ends_at" => "2026-12-02T14:30:00Z",
      "status" => "picked_up",
      "sequence" => 0,
      "picked_up_at" => "2026-12-01T11:00:00Z",
      "cancelled_by" => nil,
      "cancel_reason" => nil,
      "needs_outcome" => false,
      "expired" => false,
      "private_message_url" => nil,
      "permissions" => VolunteerBookingSpec.permissions(can_cancel: true, can_reschedule: true),
      "calendar_url" => "/volunteer-booking/bookings/#{booking.id}/calendar.ics",
    )
    expect(json["booker"].keys).to match_array(VolunteerBookingSpec.serialized_keys("BasicUser"))
    expect(json["holder"]["id"]).to eq(volunteer.id)
  end

  it "shows the answers to the booker, the volunteer who picked it up, organisers and staff" do
    [booker, volunteer, organiser, admin].each do |user|
      expect(serialize(user)["answers"]).to eq(booking.answers)
    end
  end

  it "hides the answers from everyone else, key and all" do
    [other_volunteer, outsider, nil].each do |user|
      json = serialize(user)
      expect(json).not_to have_key("answers")
      expect(json.to_json).not_to include("I was laid off")
      expect(json["permissions"]).to eq(VolunteerBookingSpec.permissions)
      expect(json["calendar_url"]).to be_nil
    end
  end

  it "shows the call link to the booker, the volunteer who picked it up, organisers and staff" do
    link = "https://meet.jit.si/digital-candle-#{VolunteerBooking::CallLink.generate_token}"
    booking.update!(call_link: link)
    [booker, volunteer, organiser, admin].each do |user|
      expect(serialize(user)["call_link"]).to eq(link)
    end
    [other_volunteer, outsider, nil].each do |user|
      json = serialize(user)
      expect(json).not_to have_key("call_link")
      expect(json.to_json).not_to include("digital-candle")
    end
  end

  it "sends a call link not known yet as null, to those who would see it" do
    expect(serialize(booker)["call_link"]).to be_nil
    expect(serialize(booker)).to have_key("call_link")
  end

  it "never sends the note for organisers to the booker, even one who organises" do
    booking.update!(status: :held, outcome_note: "Talked about housing co-ops")
    expect(serialize(volunteer)["outcome_note"]).to eq("Talked about housing co-ops")
    expect(serialize(organiser)["outcome_note"]).to eq("Talked about housing co-ops")
    [booker, other_volunteer, outsider, nil].each do |user|
      json = serialize(user)
      expect(json).not_to have_key("outcome_note")
      expect(json.to_json).not_to include("housing co-ops")
    end

    booking.update!(booker: organiser)
    expect(serialize(organiser)).not_to have_key("outcome_note")
  end

  it "gives the guide for volunteers only to the volunteer holding the booking" do
    expect(serialize(volunteer)["volunteer_guide"]).to eq(booking_topic.volunteer_guide)
    [booker, other_volunteer, organiser, admin, outsider, nil].each do |user|
      json = serialize(user)
      expect(json).not_to have_key("volunteer_guide")
      expect(json.to_json).not_to include(booking_topic.volunteer_guide)
    end
  end

  it "never carries an email address" do
    [booker, volunteer, organiser, admin, outsider].each do |user|
      json = serialize(user)
      expect(all_keys(json).grep(/email/)).to be_empty
      expect(json.to_json).not_to include(booker.email, volunteer.email)
    end
  end

  it "offers no changes to a cancelled booking" do
    booking.update!(status: :cancelled, cancelled_by: organiser, cancel_reason: "Duplicate")

    json = serialize(booker)
    expect(json["permissions"]).to eq(VolunteerBookingSpec.permissions)
    expect(json["cancelled_by"]["id"]).to eq(organiser.id)
    expect(json["cancel_reason"]).to eq("Duplicate")
  end

  it "writes a deleted booker as null" do
    booking.update!(booker_id: -42)

    expect(serialize(organiser)["booker"]).to be_nil
  end

  describe "what volunteers may do" do
    it "lets the volunteer holding it release or hand it over before it starts" do
      expect(serialize(volunteer)["permissions"]).to eq(
        VolunteerBookingSpec.permissions(can_release: true, can_hand_over: true),
      )
      expect(serialize(organiser)["permissions"]).to eq(
        VolunteerBookingSpec.permissions(
          can_cancel: true,
          can_reschedule: true,
          can_release: true,
          can_hand_over: true,
        ),
      )
      expect(serialize(other_volunteer)["permissions"]).to eq(VolunteerBookingSpec.permissions)
    end

    it "offers a pending booking to volunteers, not to its booker or outsiders" do
      booking.update!(status: :pending, holder: nil, picked_up_at: nil)

      expect(serialize(other_volunteer)["permissions"]).to eq(
        VolunteerBookingSpec.permissions(can_pick_up: true),
      )
      expect(serialize(outsider)["permissions"]).to eq(VolunteerBookingSpec.permissions)
      expect(serialize(booker)["permissions"]["can_pick_up"]).to eq(false)
    end

    it "offers nothing but the outcome once it has started" do
      freeze_time(slot_time + 1.minute)

      expect(serialize(volunteer)["permissions"]).to eq(
        VolunteerBookingSpec.permissions(can_mark_outcome: true),
      )
      expect(serialize(volunteer)["needs_outcome"]).to eq(false)
      expect(serialize(other_volunteer)["permissions"]).to eq(VolunteerBookingSpec.permissions)
      expect(serialize(booker)["permissions"]).to eq(VolunteerBookingSpec.permissions)
      expect(serialize(organiser)["permissions"]).to eq(
        VolunteerBookingSpec.permissions(
          can_cancel: true,
          can_reschedule: true,
          can_mark_outcome: true,
        ),
      )
    end

    it "says an ended session needs an outcome until it is marked" do
      freeze_time(slot_time + 31.minutes)
      expect(serialize(organiser)["needs_outcome"]).to eq(true)

      booking.update!(status: :no_show, outcome_note: "Did not come")
      json = serialize(organiser)
      expect(json["needs_outcome"]).to eq(false)
      expect(json["outcome_note"]).to eq("Did not come")
      expect(json["permissions"]["can_mark_outcome"]).to eq(true)
    end
  end

  describe "after the session" do
    before do
      booking.update!(
        status: :held,
        outcome_marked_at: slot_time + 40.minutes,
        feedback: "somewhat",
        feedback_comment: "I still do not know where to start.",
        feedback_at: slot_time + 3.hours,
      )
      freeze_time(slot_time + 1.day)
    end

    it "shows the booker's answer to organisers, staff, the volunteer who held it and the booker" do
      [booker, volunteer, organiser, admin].each do |user|
        expect(serialize(user)).to include(
          "feedback" => "somewhat",
          "feedback_comment" => "I still do not know where to start.",
          "feedback_at" => (slot_time + 3.hours).utc.iso8601,
        )
      end
    end

    it "hides it from other volunteers and everyone else, keys and all" do
      [other_volunteer, outsider, nil].each do |user|
        json = serialize(user)
        expect(json.keys & %w[feedback feedback_comment feedback_at]).to be_empty
        expect(json.to_json).not_to include("where to start")
      end
    end

    it "tells only the booker whether they opted out of follow-ups" do
      booking.update!(follow_ups_stopped_at: slot_time + 3.hours)
      expect(serialize(booker)["follow_ups_stopped"]).to eq(true)
      [volunteer, organiser, other_volunteer].each do |user|
        expect(serialize(user)).not_to have_key("follow_ups_stopped")
      end
    end
  end

  describe "a session nobody marked" do
    before { booking.update!(outcome_nudges: 1) }

    it "counts the reminders and is overdue for organisers three days after its end" do
      freeze_time(booking.ends_at + 72.hours - 1.minute)
      expect(serialize(organiser)).to include(
        "needs_outcome" => true,
        "outcome_nudges" => 1,
        "outcome_overdue" => false,
      )

      freeze_time(booking.ends_at + 72.hours)
      expect(serialize(organiser)).to include("outcome_nudges" => 1, "outcome_overdue" => true)
    end

    it "is no longer overdue once marked" do
      freeze_time(booking.ends_at + 4.days)
      booking.update!(status: :no_show, outcome_marked_at: Time.current)
      expect(serialize(organiser)["outcome_overdue"]).to eq(false)
    end
  end

  # The same cases the in-memory API is held to (test/node/policy-contract-test.ts).
  describe "the offers of contract/policy.json" do
    let(:groups) { PolicyContract.data.fetch("groups").keys.index_with { Fabricate(:group) } }
    let(:people) { PolicyContract.user_names.index_with { |name| person(name) } }
    let(:contract_topic) do
      Fabricate(
        :volunteer_booking_topic,
        **PolicyContract.topic(nil, group_id: ->(name) { groups.fetch(name).id }),
      )
    end

    before { freeze_time(PolicyContract.now) }

    # The file's user as a forum account in their groups, a moderator for
    # staff. An anonymous-posting shadow account is one User#anonymous? says
    # is, which is all PolicyFactory asks; making a real one also depends on
    # site settings that are beside the point here.
    def person(name)
      attributes = PolicyContract.data.fetch("users").fetch(name)
      return if attributes.nil?
      fabricator = attributes["staff"] ? :moderator : :user
      user = Fabricate(fabricator, trust_level: attributes.fetch("trust_level"))
      allow(user).to receive(:anonymous?).and_return(true) if attributes["anonymous"]
      attributes.fetch("groups").each { |group| groups.fetch(group).add(user) }
      user
    end

    def contract_booking(name)
      facts = PolicyContract.booking_facts(name)
      Fabricate(
        :volunteer_booking_booking,
        booking_topic: contract_topic,
        booker: people.fetch(facts[:booker]),
        holder: facts[:holder] && people.fetch(facts[:holder]),
        **facts.slice(:status, :starts_at, :ends_at, :call_token),
      )
    end

    PolicyContract
      .offer_cases
      .group_by(&:booking)
      .each do |name, cases|
        it "offers each user what the file says (#{name})" do
          record = contract_booking(name)
          offered =
            cases.to_h do |offer|
              [
                offer.user,
                VolunteerBookingSpec.permissions(
                  **offer.offered.to_h { |flag| [flag.to_sym, true] },
                ),
              ]
            end
          sent = people.transform_values { |user| serialize(user, record)["permissions"] }

          expect(cases.flat_map(&:offered) - VolunteerBookingSpec.permissions.keys).to be_empty
          expect(sent).to eq(offered)
        end
      end
  end

  it "marks a booking nobody picked up in time" do
    booking.update!(
      status: :cancelled,
      holder: nil,
      expired_at: Time.current,
      cancel_reason: "Nobody could pick this booking up in time.",
    )

    expect(serialize(booker)).to include("expired" => true, "status" => "cancelled")
  end

  it "links the private message for those in it only" do
    booking.update!(private_message_topic_id: 4242)

    [booker, volunteer, admin].each do |user|
      expect(serialize(user)["private_message_url"]).to eq("/t/4242")
    end
    [organiser, other_volunteer, outsider, nil].each do |user|
      expect(serialize(user)["private_message_url"]).to be_nil
    end

    SiteSetting.volunteer_booking_private_message_organisers = true
    expect(serialize(organiser)["private_message_url"]).to eq("/t/4242")
  end
end
