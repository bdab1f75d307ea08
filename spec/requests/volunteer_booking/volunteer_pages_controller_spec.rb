# frozen_string_literal: true

RSpec.describe VolunteerBooking::VolunteerPagesController do
  include_context "with volunteers on the rota"

  fab!(:other_topic) do
    Fabricate(:volunteer_booking_topic, volunteer_group_ids: [Fabricate(:group).id])
  end
  fab!(:other_shift) { Fabricate(:volunteer_booking_shift, booking_topic: other_topic) }

  fab!(:mine) { picked_up_booking }
  fab!(:my_past) { booking_here(starts_at: slot_time - 7.days, status: :held, holder: volunteer) }
  fab!(:waiting_later) { booking_here(starts_at: slot_time + 7.days) }
  fab!(:waiting_sooner) { booking_here(starts_at: slot_time + 1.hour) }
  fab!(:waiting_started) { booking_here(starts_at: Time.utc(2026, 12, 1, 11)) }
  fab!(:taken_by_other) do
    Fabricate(
      :volunteer_booking_picked_up_booking,
      booking_topic:,
      shift:,
      starts_at: slot_time + 2.hours,
      holder: other_volunteer,
    )
  end
  fab!(:elsewhere) do
    Fabricate(
      :volunteer_booking_booking,
      booking_topic: other_topic,
      shift: other_shift,
      starts_at: slot_time,
    )
  end
  fab!(:dated_entry) { rota_entry_for(volunteer, on_date: wednesday + 7) }
  fab!(:past_entry) { rota_entry_for(volunteer, on_date: wednesday - 7) }
  fab!(:time_off) { Fabricate(:volunteer_booking_time_off, user: volunteer, note: "Holiday") }
  fab!(:old_time_off) do
    Fabricate(
      :volunteer_booking_time_off,
      user: volunteer,
      starts_on: Date.new(2026, 11, 1),
      ends_on: Date.new(2026, 11, 2),
    )
  end

  let(:path) { "/volunteer-booking/volunteer.json" }

  it "asks visitors to log in" do
    answer_as(nil, 403) { get path }
  end

  it "gives a volunteer their sessions, the queue, their rota and time off" do
    json = answer_as(volunteer, 200) { get path }
    expect(json.keys).to contain_exactly(
      "sessions",
      "queue",
      "queue_more",
      "queue_cursor",
      "rota_entries",
      "time_off",
      "call_link",
      "requests",
      "open_requests",
      "notify_gaps",
    )

    expect(json["sessions"].map { |b| b["id"] }).to eq([mine.id, my_past.id])
    expect(json["sessions"].first.keys).to match_array(
      VolunteerBookingSpec.serialized_keys(
        "Booking",
        *%w[answers outcome_note volunteer_guide call_link],
      ),
    )

    expect(json["queue"].map { |b| b["id"] }).to eq([waiting_sooner.id, waiting_later.id])
    expect(json).to include("queue_more" => false, "queue_cursor" => nil)
    expect(json["queue"].first).not_to have_key("answers")
    expect(json["queue"].first["permissions"]).to eq(
      VolunteerBookingSpec.permissions(can_pick_up: true),
    )
    expect(json["queue"].first["booker"]).to be_present

    expect(json["rota_entries"].map { |e| e["id"] }).to eq([rota_entry.id, dated_entry.id])
    expect(json["rota_entries"].first.keys).to match_array(
      VolunteerBookingSpec.serialized_keys("VolunteerRotaEntry", "inactive"),
    )
    expect(json["rota_entries"].first).to include(
      "topic_id" => booking_topic.topic_id,
      "topic_title" => booking_topic.topic.title,
      "on_date" => nil,
      "inactive" => false,
    )
    expect(json["rota_entries"].first["shift"]).to include("id" => shift.id, "weekday" => 3)

    expect(json["time_off"].map { |t| t["id"] }).to eq([time_off.id])
    expect(json["time_off"].first["note"]).to eq("Holiday")
    expect(json["call_link"]).to be_nil
  end

  it "gives a volunteer the link to their own video call" do
    VolunteerBooking::VolunteerProfile.create!(
      user: volunteer,
      call_link: "https://meet.jit.si/room",
    )
    sign_in(volunteer)
    get path

    expect(response.parsed_body["call_link"]).to eq("https://meet.jit.si/room")
  end

  it "marks the entries of a topic where the volunteer lost access as inactive" do
    volunteers.remove(volunteer)
    answer_as(volunteer, 200) { get path }
    expect(response.parsed_body["rota_entries"].map { |entry| entry["inactive"] }).to eq(
      [true, true],
    )
  end

  it "leaves the booker's own bookings out of their queue" do
    volunteers.add(booker)
    mine.update!(status: :pending, holder: nil)
    sign_in(booker)
    get path

    expect(response.parsed_body["queue"].map { |b| b["id"] }).not_to include(mine.id)
  end

  it "gives someone who volunteers nowhere an empty queue" do
    answer_as(outsider, 200) { get path }
    expect(response.parsed_body).to eq(
      "sessions" => [],
      "queue" => [],
      "queue_more" => false,
      "queue_cursor" => nil,
      "rota_entries" => [],
      "time_off" => [],
      "call_link" => nil,
    )
  end

  it "leaves out topics the volunteer can no longer see" do
    booking_topic.topic.trash!
    sign_in(volunteer)
    get path

    json = response.parsed_body
    expect(json["sessions"]).to eq([])
    expect(json["queue"]).to eq([])
    expect(json["rota_entries"]).to eq([])
  end

  describe "GET /volunteer-booking/volunteer/queue" do
    let(:queue_path) { "/volunteer-booking/volunteer/queue.json" }

    before do
      stub_const("VolunteerBooking::Page::SIZES", VolunteerBooking::Page::SIZES.merge(queue: 1))
    end

    it "asks visitors to log in" do
      answer_as(nil, 403) { get queue_path }
    end

    it "gives the rest of the queue a page at a time, from the volunteer page's cursor" do
      sign_in(volunteer)
      get path
      page = response.parsed_body
      expect(page["queue"].map { |b| b["id"] }).to eq([waiting_sooner.id])

      json = follow_cursor(page, "queue", queue_path)
      expect(json["queue"].map { |b| b["id"] }).to eq([waiting_later.id])
      expect(json["queue"].first).not_to have_key("answers")
      expect(json).to include("more" => false, "cursor" => nil)
    end

    it_behaves_like "a list that refuses a cursor it did not give out", :queue_path, :volunteer
  end

  describe "PUT /volunteer-booking/volunteer/call-link" do
    let(:call_link_path) { "/volunteer-booking/volunteer/call-link" }
    let(:saved_link) { VolunteerBooking::VolunteerProfile.call_link_of(volunteer.id) }

    it "asks visitors to log in" do
      answer_as(nil, 403) { put call_link_path, params: { call_link: "https://meet.jit.si/room" } }
    end

    it "keeps the volunteer's link and gives it back" do
      answer_as(volunteer, 200) do
        put call_link_path, params: { call_link: "https://meet.jit.si/room" }
      end
      expect(response.parsed_body).to eq("call_link" => "https://meet.jit.si/room")
      expect(saved_link).to eq("https://meet.jit.si/room")
    end

    it "clears the link when it is blank" do
      VolunteerBooking::VolunteerProfile.create!(
        user: volunteer,
        call_link: "https://meet.jit.si/room",
      )
      answer_as(volunteer, 200) { put call_link_path, params: { call_link: "" } }
      expect(response.parsed_body).to eq("call_link" => nil)
      expect(saved_link).to be_nil
    end

    it "refuses a link that is not https with the core's reason, keeping nothing" do
      sign_in(volunteer)
      put call_link_path, params: { call_link: "http://meet.jit.si/room" }

      expect_answer(422, I18n.t("volunteer_booking.errors.call_link_not_https"))
      expect(saved_link).to be_nil
    end
  end

  describe "booking requests on GET /volunteer-booking/volunteer" do
    fab!(:taken_later) do
      Fabricate(
        :volunteer_booking_taken_request,
        booking_topic:,
        taker: volunteer,
        created_at: Time.utc(2026, 11, 30),
      )
    end
    fab!(:taken_sooner) do
      Fabricate(
        :volunteer_booking_taken_request,
        booking_topic:,
        taker: volunteer,
        created_at: Time.utc(2026, 11, 20),
      )
    end
    fab!(:open_request) { Fabricate(:volunteer_booking_request, booking_topic:) }
    fab!(:own_request) do
      Fabricate(:volunteer_booking_request, booking_topic:, requester: volunteer)
    end
    fab!(:open_elsewhere) { Fabricate(:volunteer_booking_request, booking_topic: other_topic) }

    it "gives the requests they took, soonest to expire first, and the open ones they could take" do
      sign_in(volunteer)
      get path

      json = response.parsed_body
      expect(json["requests"].map { |r| r["id"] }).to eq([taken_sooner.id, taken_later.id])
      expect(json["requests"].first.keys).to include("volunteer_guide", "answers")
      expect(json["open_requests"].map { |r| r["id"] }).to eq([open_request.id])
      expect(json["open_requests"].first).not_to have_key("answers")
      expect(json["open_requests"].first["permissions"]).to include("can_take" => true)
    end
  end
end
