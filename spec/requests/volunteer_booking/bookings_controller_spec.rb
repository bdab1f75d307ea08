# frozen_string_literal: true

RSpec.describe VolunteerBooking::BookingsController do
  include_context "with volunteers on the rota"

  fab!(:admin)

  def booked(user = booker)
    booking_here(booker: user, starts_at: slot_time)
  end

  describe "POST /volunteer-booking/topics/:topic_id/bookings" do
    let(:path) { "/volunteer-booking/topics/#{booking_topic.topic_id}/bookings.json" }

    it "asks visitors to log in" do
      expect { post path, **json(booking_input) }.not_to change { VolunteerBooking::Booking.count }
      expect(response.status).to eq(403)
    end

    it "books the slot and answers with the Booking" do
      sign_in(booker)

      expect { post path, **json(booking_input) }.to change { VolunteerBooking::Booking.count }.by(
        1,
      )

      expect(response.status).to eq(200)
      booking = response.parsed_body["booking"]
      expect(booking.keys).to match_array(
        VolunteerBookingSpec.serialized_keys("Booking", "answers", "call_link"),
      )
      expect(booking).to include(
        "topic_id" => booking_topic.topic_id,
        "shift_id" => shift.id,
        "starts_at" => "2026-12-02T14:00:00Z",
        "status" => "pending",
        "sequence" => 0,
        "holder" => nil,
        "answers" => answers,
        "permissions" => VolunteerBookingSpec.permissions(can_cancel: true, can_reschedule: true),
      )
      expect(booking["booker"]["id"]).to eq(booker.id)
      expect(response.body).not_to include(booker.email)
    end

    it "books once when the same request comes twice" do
      sign_in(booker)

      post path, **json(booking_input)
      first_id = response.parsed_body["booking"]["id"]
      expect { post path, **json(booking_input) }.not_to change { VolunteerBooking::Booking.count }

      expect(response.status).to eq(200)
      expect(response.parsed_body["booking"]["id"]).to eq(first_id)
    end

    it "answers an unreadable request with 422" do
      answer_as(booker, 422) do
        post path, **json(booking_input.merge(starts_at: "soon", idempotency_key: "x"))
      end
      expect(response.parsed_body["errors"]).to be_present
    end

    it "books with answers cleaned of control characters and invisible space" do
      sign_in(booker)
      post path,
           **json(
             booking_input.merge(answers: answers.merge("story" => "\uFEFFlaid off\u0000\u3000")),
           )

      expect(response.status).to eq(200)
      expect(VolunteerBooking::Booking.last.answers).to include("story" => "laid off")
    end

    VolunteerBookingSpec::REFUSALS.each do |key, refusal|
      it "refuses with 422 and the translated reason when the rules say #{key}" do
        instance_exec(&refusal[:setup]) if refusal[:setup]
        sign_in(booker)

        expect { post path, **json(booking_input.merge(refusal.fetch(:input, {}))) }.not_to change {
          VolunteerBooking::Booking.count
        }

        expect_answer(422, VolunteerBookingSpec.message(key))
      end
    end

    context "when a user tries too often" do
      include_context "with one booking an hour allowed"

      it "stops them with 429" do
        sign_in(booker)

        post path, **json(booking_input)
        expect(response.status).to eq(200)
        post path, **json(booking_input.merge(idempotency_key: "second-try-1234"))
        expect(response.status).to eq(429)
      end
    end
  end

  describe "GET /volunteer-booking/my-bookings" do
    let(:path) { "/volunteer-booking/my-bookings.json" }

    it "asks visitors to log in" do
      answer_as(nil, 403) { get path }
    end

    it "lists the booker's own bookings, latest first, with their answers" do
      earlier = pending_booking(starts_at: slot_time - 7.days)
      later = booked
      booked(outsider)
      sign_in(booker)

      get path

      expect(response.status).to eq(200)
      bookings = response.parsed_body["bookings"]
      expect(bookings.map { |b| b["id"] }).to eq([later.id, earlier.id])
      expect(bookings.first["answers"]).to eq(answers)
    end

    it "lists nothing for someone who has not booked" do
      booked
      sign_in(outsider)

      get path

      expect(response.parsed_body["bookings"]).to eq([])
    end

    it "leaves out topics the booker can no longer see" do
      booked
      booking_topic.topic.trash!
      sign_in(booker)

      get path

      expect(response.parsed_body["bookings"]).to eq([])
    end
  end

  describe "GET /volunteer-booking/topics/:topic_id/bookings" do
    let(:path) { "/volunteer-booking/topics/#{booking_topic.topic_id}/bookings.json" }

    fab!(:waiting_booking) { booking_here(starts_at: slot_time) }
    fab!(:cancelled_booking) { booking_here(starts_at: slot_time + 7.days, status: :cancelled) }

    it "asks visitors to log in" do
      answer_as(nil, 403) { get path }
    end

    it "is refused to bookers, other users and volunteers" do
      expect_refused(booker, outsider, volunteer) { get path }
    end

    it "lists every booking for organisers and staff, with answers" do
      [organiser, admin].each do |user|
        answer_as(user, 200) { get path }
        bookings = response.parsed_body["bookings"]
        expect(bookings.map { |b| b["id"] }).to eq([waiting_booking.id, cancelled_booking.id])
        expect(bookings.first.keys).to match_array(
          VolunteerBookingSpec.serialized_keys("Booking", "answers", "outcome_note", "call_link"),
        )
        expect(bookings.first["permissions"]).to eq(
          VolunteerBookingSpec.permissions(can_cancel: true, can_reschedule: true),
        )
        expect(bookings.last["permissions"]).to eq(VolunteerBookingSpec.permissions)
      end
    end

    it "filters by status and week" do
      sign_in(organiser)

      get "#{path}?status=cancelled"
      expect(response.parsed_body["bookings"].map { |b| b["id"] }).to eq([cancelled_booking.id])

      get "#{path}?week=2026-12-07"
      expect(response.parsed_body["bookings"].map { |b| b["id"] }).to eq([cancelled_booking.id])

      get "#{path}?status=lost"
      expect(response.status).to eq(422)
    end

    it "gives a page at a time, saying when there are more" do
      stub_const(
        "VolunteerBooking::Page::SIZES",
        VolunteerBooking::Page::SIZES.merge(topic_bookings: 1),
      )
      sign_in(organiser)

      get path
      first = response.parsed_body
      get path, params: { cursor: first["cursor"] }
      second = response.parsed_body

      expect(first["bookings"].map { |b| b["id"] }).to eq([waiting_booking.id])
      expect(first).to include("more" => true, "cursor" => a_string_matching(/\A[\w-]+\z/))
      expect(second["bookings"].map { |b| b["id"] }).to eq([cancelled_booking.id])
      expect(second).to include("more" => false, "cursor" => nil)
    end

    it_behaves_like "a list that refuses a cursor it did not give out", :path, :organiser
  end

  describe "PUT /volunteer-booking/bookings/:id/cancel" do
    fab!(:booking) { picked_up_booking }

    let(:path) { "/volunteer-booking/bookings/#{booking.id}/cancel.json" }

    it "asks visitors to log in" do
      answer_as(nil, 403) { put path, **json(reason: nil) }
      expect(booking.reload.status).to eq("picked_up")
    end

    it "is refused to other users and to volunteers, even the one who picked it up" do
      expect_refused(outsider, other_volunteer, volunteer) { put path, **json(reason: nil) }
      expect(booking.reload.status).to eq("picked_up")
    end

    it "lets the booker cancel, keeping the record" do
      answer_as(booker, 200) { put path, **json(reason: "Found a job") }
      expect(response.parsed_body["booking"]).to include(
        "status" => "cancelled",
        "cancel_reason" => "Found a job",
        "sequence" => 1,
        "permissions" => VolunteerBookingSpec.permissions,
      )
      expect(response.parsed_body["booking"]["cancelled_by"]["id"]).to eq(booker.id)
      expect(VolunteerBooking::Booking.exists?(booking.id)).to eq(true)
    end

    it "lets organisers and staff cancel any booking" do
      answer_as(organiser, 200) { put path, **json(reason: "Duplicate") }

      other = booked(outsider)
      answer_as(admin, 200) do
        put "/volunteer-booking/bookings/#{other.id}/cancel.json", **json(reason: nil)
      end
    end

    it "answers the booker with 422 once the session has started, organisers still cancel" do
      freeze_time(slot_time)
      sign_in(booker)
      put path, **json(reason: nil)

      expect_answer(422, I18n.t("volunteer_booking.errors.booking_started_for_booker"))
      expect(booking.reload.status).to eq("picked_up")

      answer_as(organiser, 200) { put path, **json(reason: nil) }
    end

    it "answers cancelling twice with 422" do
      booking.update!(status: :cancelled)
      sign_in(booker)
      put path, **json(reason: nil)

      expect_answer(422, I18n.t("volunteer_booking.errors.booking_not_active"))
    end

    it "keeps a reason without its control characters and surrounding space" do
      answer_as(booker, 200) { put path, **json(reason: "\u00A0changed my mind\u0000\u2003") }
      expect(booking.reload).to have_attributes(
        status: "cancelled",
        cancel_reason: "changed my mind",
      )
    end

    it "answers a reason that is too long with 422" do
      answer_as(booker, 422) { put path, **json(reason: "x" * 501) }
      expect(booking.reload.status).to eq("picked_up")
    end

    it "is 404 for a booking that does not exist" do
      answer_as(booker, 404) do
        put "/volunteer-booking/bookings/0/cancel.json", **json(reason: nil)
      end
    end
  end

  describe "PUT /volunteer-booking/bookings/:id/reschedule" do
    fab!(:booking) { pending_booking }

    let(:path) { "/volunteer-booking/bookings/#{booking.id}/reschedule.json" }
    let(:move) { { shift_id: shift.id, starts_at: "2026-12-09T15:00:00Z" } }

    it "asks visitors to log in" do
      answer_as(nil, 403) { put path, **json(move) }
    end

    it "is refused to other users and volunteers" do
      expect_refused(outsider, volunteer) { put path, **json(move) }
      expect(booking.reload.starts_at).to eq_time(slot_time)
    end

    it "lets the booker move it, with a higher sequence" do
      answer_as(booker, 200) { put path, **json(move) }
      expect(response.parsed_body["booking"]).to include(
        "starts_at" => "2026-12-09T15:00:00Z",
        "ends_at" => "2026-12-09T15:30:00Z",
        "status" => "pending",
        "sequence" => 1,
      )
    end

    it "lets organisers and staff move it" do
      [organiser, admin].each { |user| answer_as(user, 200) { put path, **json(move) } }
    end

    it "answers the booker with 422 once the session has started, moving nothing" do
      freeze_time(slot_time)
      sign_in(booker)
      put path, **json(move)

      expect_answer(422, I18n.t("volunteer_booking.errors.booking_started_for_booker"))
      expect(booking.reload.starts_at).to eq_time(slot_time)
    end

    it "refuses a full slot with 422, moving nothing" do
      2.times { booking_here(starts_at: Time.utc(2026, 12, 9, 15)) }
      sign_in(booker)
      put path, **json(move)

      expect_answer(422, I18n.t("volunteer_booking.errors.slot_full"))
      expect(booking.reload).to have_attributes(sequence: 0)
      expect(booking.starts_at).to eq_time(slot_time)
    end

    it "moves it onto a slot its own old time overlaps, which it does not compete for" do
      # Booked for an hour when sessions were an hour long.
      booking.update!(ends_at: slot_time + 1.hour)
      rota_entry.destroy!
      answer_as(booker, 200) do
        put path, **json(shift_id: shift.id, starts_at: (slot_time + 30.minutes).iso8601)
      end
      expect(booking.reload.starts_at).to eq_time(slot_time + 30.minutes)
    end
  end

  describe "PUT /volunteer-booking/bookings/:id/pick-up" do
    fab!(:booking) { pending_booking }

    let(:path) { "/volunteer-booking/bookings/#{booking.id}/pick-up.json" }

    it "asks visitors to log in" do
      answer_as(nil, 403) { put path }
      expect(booking.reload.status).to eq("pending")
    end

    it "is refused to users who are not volunteers, organisers included, and to the booker" do
      volunteers.add(booker)
      expect_refused(outsider, organiser, admin, booker) { put path }
      expect(booking.reload.status).to eq("pending")
    end

    it "gives the booking to the first volunteer, with the private message" do
      answer_as(volunteer, 200) { put path }
      json = response.parsed_body["booking"]
      expect(json.keys).to match_array(
        VolunteerBookingSpec.serialized_keys(
          "Booking",
          *%w[answers outcome_note volunteer_guide call_link],
        ),
      )
      expect(json).to include(
        "status" => "picked_up",
        "meeting_mode" => "private_message",
        "call_link" => nil,
        "private_message_url" => "/t/#{booking.reload.private_message_topic_id}",
        "permissions" => VolunteerBookingSpec.permissions(can_release: true, can_hand_over: true),
      )
      expect(json["holder"]["id"]).to eq(volunteer.id)
      expect(json["answers"]).to eq(answers)
    end

    context "when the topic meets in the volunteer's own call" do
      let(:link) { "https://meet.jit.si/volunteers-room" }

      before { booking_topic.update!(meeting_mode: "volunteer_link") }

      it "asks a volunteer with no saved link for one, with 422, and changes nothing" do
        sign_in(volunteer)
        put path

        expect_answer(422, I18n.t("volunteer_booking.errors.call_link_needed"))
        expect(booking.reload).to have_attributes(status: "pending", call_link: nil)
      end

      it "takes the link sent with the pick-up, for the booking and the volunteer" do
        answer_as(volunteer, 200) { put path, **json(call_link: link) }
        expect(response.parsed_body["booking"]).to include(
          "meeting_mode" => "volunteer_link",
          "call_link" => link,
          "sequence" => 1,
        )
        expect(VolunteerBooking::VolunteerProfile.call_link_of(volunteer.id)).to eq(link)
      end

      it "refuses a link the core refuses, with its reason" do
        sign_in(volunteer)
        put path, **json(call_link: "https://ann:pw@meet.jit.si/room")

        expect_answer(422, I18n.t("volunteer_booking.errors.call_link_userinfo"))
        expect(booking.reload.status).to eq("pending")
      end

      it "shows the link to the booker and organisers, never to other volunteers" do
        VolunteerBooking::VolunteerProfile.create!(user: volunteer, call_link: link)
        sign_in(volunteer)
        put path

        sign_in(booker)
        get "/volunteer-booking/my-bookings.json"
        expect(response.parsed_body["bookings"].first["call_link"]).to eq(link)

        sign_in(organiser)
        get "/volunteer-booking/topics/#{booking_topic.topic_id}/bookings.json"
        expect(response.parsed_body["bookings"].first["call_link"]).to eq(link)

        sign_in(other_volunteer)
        get "/volunteer-booking/volunteer.json"
        expect(response.body).not_to include(link)
      end

      it "keeps the link, the answers and notes out of the request log's parameters" do
        filter = ActiveSupport::ParameterFilter.new(Rails.application.config.filter_parameters)
        expect(
          filter.filter(
            "call_link" => link,
            "call_link_template" => link,
            "answers" => {
              "situation" => "private",
            },
            "answers_count" => 1,
            "note" => "private",
          ),
        ).to eq(
          "call_link" => "[FILTERED]",
          "call_link_template" => "[FILTERED]",
          "answers" => "[FILTERED]",
          "answers_count" => 1,
          "note" => "[FILTERED]",
        )
      end
    end

    it "tells a second volunteer who has it, with 422" do
      sign_in(volunteer)
      put path
      sign_in(other_volunteer)
      put path

      expect_answer(
        422,
        I18n.t("volunteer_booking.errors.already_picked_up", username: volunteer.username),
      )
      expect(booking.reload.holder_id).to eq(volunteer.id)
    end

    it "is 404 for a booking in a topic the volunteer cannot see" do
      booking_topic.topic.trash!
      answer_as(volunteer, 404) { put path }
    end

    it "refuses a volunteer busy in another topic at that time with 422, saying when" do
      elsewhere = session_elsewhere(starts_at: slot_time + 20.minutes)
      sign_in(volunteer)
      put path

      expect_answer(422, busy_refusal(volunteer, elsewhere.starts_at))
      expect(booking.reload).to have_attributes(status: "pending", holder_id: nil)
    end
  end

  describe "PUT /volunteer-booking/bookings/:id/release" do
    fab!(:booking) { picked_up_booking }

    let(:path) { "/volunteer-booking/bookings/#{booking.id}/release.json" }

    it "asks visitors to log in" do
      answer_as(nil, 403) { put path }
    end

    it "is refused to the booker and other volunteers" do
      expect_refused(booker, other_volunteer, outsider) { put path }
      expect(booking.reload.holder_id).to eq(volunteer.id)
    end

    it "lets the volunteer give it back" do
      answer_as(volunteer, 200) { put path }
      json = response.parsed_body["booking"]
      expect(json).to include("status" => "pending", "holder" => nil)
      expect(json).not_to have_key("answers")
    end

    it "lets an organiser give it back" do
      answer_as(organiser, 200) { put path }
    end

    it "answers a booking nobody holds with 422" do
      booking.update!(status: :pending, holder: nil)
      sign_in(organiser)
      put path

      expect_answer(422, I18n.t("volunteer_booking.errors.booking_not_picked_up"))
    end
  end

  describe "PUT /volunteer-booking/bookings/:id/call-link" do
    let!(:booking) { booking_with_call_link(status: :picked_up, holder: volunteer) }
    let(:path) { "/volunteer-booking/bookings/#{booking.id}/call-link.json" }

    it "is refused to the booker and the volunteer holding it" do
      expect_refused(booker, volunteer) { put path }
      expect(booking.reload.call_token).to eq("A" * 22)
    end

    it "gives organisers the booking with its new link" do
      answer_as(organiser, 200) { put path }
      sent = response.parsed_body["booking"]
      expect(sent["call_link"]).to eq(booking.reload.call_link)
      expect(sent["call_link"]).not_to include("A" * 22)
      expect(sent["sequence"]).to eq(1)
      expect(sent["permissions"]["can_refresh_call_link"]).to eq(true)
    end

    it "answers a topic without a link per booking with 422 and changes nothing" do
      booking_topic.update!(meeting_mode: "private_message")
      sign_in(organiser)
      put path

      expect_answer(422, I18n.t("volunteer_booking.errors.call_link_not_per_booking"))
      expect(booking.reload.call_token).to eq("A" * 22)
    end
  end

  describe "PUT /volunteer-booking/bookings/:id/hand-over" do
    fab!(:booking) { picked_up_booking }

    let(:path) { "/volunteer-booking/bookings/#{booking.id}/hand-over.json" }

    it "asks visitors to log in" do
      answer_as(nil, 403) { put path, **json(username: other_volunteer.username) }
    end

    it "is refused to the booker and to the volunteer it would go to" do
      expect_refused(booker, other_volunteer) do
        put path, **json(username: other_volunteer.username)
      end
    end

    it "hands it to another volunteer" do
      answer_as(volunteer, 200) { put path, **json(username: other_volunteer.username) }
      expect(response.parsed_body["booking"]["holder"]["id"]).to eq(other_volunteer.id)
      expect(response.parsed_body["booking"]["permissions"]["can_release"]).to eq(false)
    end

    it "refuses someone who is not a volunteer with 422" do
      sign_in(organiser)
      put path, **json(username: outsider.username)

      expect_answer(
        422,
        I18n.t("volunteer_booking.errors.cannot_hand_over_to", username: outsider.username),
      )
      expect(booking.reload.holder_id).to eq(volunteer.id)
    end

    it "refuses an unknown username with 422" do
      answer_as(volunteer, 422) { put path, **json(username: "no_such_person") }
    end

    it "refuses a missing username with 422" do
      answer_as(volunteer, 422) { put path, **json({}) }
    end
  end

  describe "PUT /volunteer-booking/bookings/:id/outcome" do
    fab!(:booking) { picked_up_booking }

    let(:path) { "/volunteer-booking/bookings/#{booking.id}/outcome.json" }

    it "asks visitors to log in" do
      freeze_time(slot_time + 1.hour)
      put path, **json(outcome: "held")
      expect(response.status).to eq(403)
    end

    it "is refused to the booker and other volunteers" do
      freeze_time(slot_time + 1.hour)
      expect_refused(booker, other_volunteer, outsider) { put path, **json(outcome: "held") }
    end

    it "refuses before the start with 422" do
      sign_in(volunteer)
      put path, **json(outcome: "held")

      expect_answer(422, I18n.t("volunteer_booking.errors.outcome_too_early"))
    end

    it "lets the volunteer mark it held with a note" do
      freeze_time(slot_time + 1.hour)
      answer_as(volunteer, 200) { put path, **json(outcome: "held", note: "Lovely chat") }
      expect(response.parsed_body["booking"]).to include(
        "status" => "held",
        "outcome_note" => "Lovely chat",
        "needs_outcome" => false,
      )
    end

    it "lets an organiser mark it a no-show" do
      freeze_time(slot_time + 1.hour)
      answer_as(organiser, 200) { put path, **json(outcome: "no_show", note: nil) }
      expect(response.parsed_body["booking"]["status"]).to eq("no_show")
    end

    it "refuses an unknown outcome with 422" do
      freeze_time(slot_time + 1.hour)
      answer_as(volunteer, 422) { put path, **json(outcome: "maybe") }
      expect(booking.reload.status).to eq("picked_up")
    end
  end

  describe "PUT /volunteer-booking/bookings/:id/feedback" do
    fab!(:booking) { picked_up_booking(status: :held, outcome_marked_at: slot_time + 30.minutes) }

    let(:path) { "/volunteer-booking/bookings/#{booking.id}/feedback.json" }

    before { freeze_time(slot_time + 3.hours) }

    it "asks visitors to log in" do
      answer_as(nil, 403) { put path, **json(answer: "helpful") }
    end

    it "is refused to everyone but the booker, and changes nothing" do
      expect_refused(volunteer, other_volunteer, organiser, outsider) do
        put path, **json(answer: "helpful")
      end
      expect(booking.reload.feedback).to be_nil
    end

    it "refuses an answer outside the three with 422" do
      answer_as(booker, 422) { put path, **json(answer: "great") }
      expect(booking.reload.feedback).to be_nil
    end

    it "stores the booker's answer, shown to the volunteer and organisers but not other volunteers" do
      answer_as(booker, 200) { put path, **json(answer: "somewhat", comment: "More on funding") }
      expect(response.parsed_body["booking"]).to include(
        "feedback" => "somewhat",
        "feedback_comment" => "More on funding",
      )

      seen = { volunteer => true, organiser => true, other_volunteer => false }
      seen.each do |user, sees|
        json =
          VolunteerBooking::BookingSerializer.new(
            booking.reload,
            scope: Guardian.new(user),
            root: false,
          ).as_json
        expect(json.key?(:feedback)).to eq(sees)
        expect(json.key?(:feedback_comment)).to eq(sees)
      end
    end
  end

  describe "PUT /volunteer-booking/bookings/:id/stop-follow-ups" do
    fab!(:booking) { picked_up_booking(status: :held) }

    it "lets the booker opt out" do
      freeze_time(slot_time + 3.hours)
      answer_as(booker, 200) do
        put "/volunteer-booking/bookings/#{booking.id}/stop-follow-ups.json"
      end
      expect(response.parsed_body["booking"]["follow_ups_stopped"]).to eq(true)
    end
  end

  describe "PUT /volunteer-booking/bookings/:id/excuse-no-show" do
    fab!(:booking) { picked_up_booking(status: :no_show) }

    let(:path) { "/volunteer-booking/bookings/#{booking.id}/excuse-no-show.json" }

    before { freeze_time(slot_time + 1.day) }

    it "is the organisers' to do" do
      expect_refused(volunteer) { put path }

      answer_as(organiser, 200) { put path }
      expect(response.parsed_body["booking"]["permissions"]["can_excuse_no_show"]).to eq(false)
    end
  end

  describe "GET /volunteer-booking/topics/:topic_id/bookings?needs_outcome=true" do
    fab!(:over_and_unmarked) do
      booking_here(
        starts_at: Time.utc(2026, 11, 25, 14),
        status: :picked_up,
        holder: volunteer,
        outcome_nudges: 1,
      )
    end
    fab!(:over_and_marked) do
      booking_here(starts_at: Time.utc(2026, 11, 25, 15), status: :held, holder: volunteer)
    end
    fab!(:still_to_come) do
      Fabricate(
        :volunteer_booking_picked_up_booking,
        booking_topic:,
        shift:,
        starts_at: slot_time,
        holder: volunteer,
      )
    end

    it "lists the sessions that still need an outcome" do
      answer_as(organiser, 200) do
        get "/volunteer-booking/topics/#{booking_topic.topic_id}/bookings.json?needs_outcome=true"
      end
      bookings = response.parsed_body["bookings"]
      expect(bookings.map { |b| b["id"] }).to eq([over_and_unmarked.id])
      expect(bookings.first).to include(
        "needs_outcome" => true,
        "outcome_nudges" => 1,
        "outcome_overdue" => true,
      )
    end

    it "is for organisers only" do
      expect_refused(volunteer) do
        get "/volunteer-booking/topics/#{booking_topic.topic_id}/bookings.json?needs_outcome=true"
      end
    end
  end

  describe "GET /volunteer-booking/bookings/:id/calendar.ics" do
    fab!(:booking) { picked_up_booking }

    let(:path) { "/volunteer-booking/bookings/#{booking.id}/calendar.ics" }

    it "gives visitors nothing" do
      get path
      expect(response.status).not_to eq(200)
      expect(response.body).not_to include("BEGIN:VCALENDAR")
    end

    it "is refused to other users and other volunteers" do
      expect_refused(outsider, other_volunteer) { get path }
    end

    it "gives the booker, the volunteer who picked it up, organisers and staff the event" do
      [booker, volunteer, organiser, admin].each do |user|
        answer_as(user, 200) { get path }
        expect(response.media_type).to eq("text/calendar")
        expect(response.headers["Content-Disposition"]).to include(
          "attachment",
          "booking-#{booking.id}.ics",
        )
        expect(response.body).to include(
          "UID:volunteer-booking-#{booking.id}@#{Discourse.current_hostname}",
          "DTSTART:20261202T140000Z",
          "DTEND:20261202T143000Z",
          "SEQUENCE:0",
          "STATUS:CONFIRMED",
        )
        expect(response.body).not_to include("I was laid off", booker.email, volunteer.email)
      end
    end

    it "says where the call is, once it is known" do
      sign_in(booker)
      get path
      expect(response.body).not_to include("LOCATION")

      booking.update!(call_link: "https://meet.jit.si/digital-candle-abc")
      get path
      expect(response.body.gsub("\r\n ", "")).to include(
        "LOCATION:https://meet.jit.si/digital-candle-abc",
        "\\nhttps://meet.jit.si/digital-candle-abc",
      )
    end

    it "marks a cancelled booking as such" do
      booking.update!(status: :cancelled, sequence: 1)
      sign_in(booker)
      get path

      expect(response.body).to include("METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:1")
    end
  end
end
