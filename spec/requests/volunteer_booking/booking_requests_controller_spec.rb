# frozen_string_literal: true

RSpec.describe VolunteerBooking::BookingRequestsController do
  include_context "with volunteers on the rota"

  fab!(:booking_request) { booker_request(note: "Mornings.") }

  let(:path) { "/volunteer-booking/requests/#{booking_request.id}.json" }

  def keys_for(user)
    answer_as(user, 200) { get path }
    response.parsed_body["request"].keys
  end

  describe "#show" do
    it "gives the note and answers to the requester, the taker and organisers only" do
      expect(keys_for(booker)).to match_array(
        VolunteerBookingSpec.serialized_keys("BookingRequest", "note", "answers"),
      )
      expect(keys_for(organiser)).to match_array(
        VolunteerBookingSpec.serialized_keys("BookingRequest", "note", "answers"),
      )
      expect(keys_for(volunteer)).to match_array(
        VolunteerBookingSpec.serialized_keys("BookingRequest"),
      )
    end

    it "gives the guide for volunteers to the taker alone" do
      booking_request.update!(status: :taken, taker: volunteer, taken_at: Time.current)
      expect(keys_for(volunteer)).to match_array(
        VolunteerBookingSpec.serialized_keys(
          "BookingRequest",
          "note",
          "answers",
          "volunteer_guide",
        ),
      )
      expect(keys_for(booker)).not_to include("volunteer_guide")
    end

    it "is not found for anyone else" do
      answer_as(outsider, 404) { get path }
    end
  end

  describe "#create" do
    let(:input) do
      {
        windows: [{ weekday: 1, date: nil, from: "09:00", to: "11:00" }],
        time_zone: "Europe/London",
        note: nil,
        answers: {
          ica_statement: true,
          story: "Laid off.",
        },
      }
    end

    it "makes the request and answers with it" do
      sign_in(outsider)
      post "/volunteer-booking/topics/#{booking_topic.topic_id}/requests.json",
           params: input.to_json,
           headers: {
             "CONTENT_TYPE" => "application/json",
           }
      expect(response.status).to eq(200)
      expect(response.parsed_body["request"]).to include(
        "status" => "open",
        "time_zone" => "Europe/London",
        "windows" => [{ "weekday" => 1, "date" => nil, "from" => "09:00", "to" => "11:00" }],
      )
    end
  end

  describe "#mine" do
    it "answers with the viewer's open request, or null" do
      sign_in(booker)
      get "/volunteer-booking/topics/#{booking_topic.topic_id}/requests/mine.json"
      expect(response.parsed_body["request"]["id"]).to eq(booking_request.id)

      sign_in(outsider)
      get "/volunteer-booking/topics/#{booking_topic.topic_id}/requests/mine.json"
      expect(response.parsed_body).to eq("request" => nil)
    end
  end

  describe "#take" do
    it "gives the request to the first volunteer and tells the second who has it" do
      answer_as(volunteer, 200) do
        put "/volunteer-booking/requests/#{booking_request.id}/take.json"
      end
      expect(response.parsed_body["request"]["permissions"]).to include(
        "can_take" => false,
        "can_give_back" => true,
        "can_schedule" => true,
      )

      sign_in(other_volunteer)
      put "/volunteer-booking/requests/#{booking_request.id}/take.json"
      expect_answer(
        422,
        I18n.t("volunteer_booking.errors.request_taken", username: volunteer.username),
      )
    end
  end

  describe "#index" do
    it "lists a topic's open requests for its organisers" do
      sign_in(organiser)
      get "/volunteer-booking/topics/#{booking_topic.topic_id}/requests.json"
      expect(response.parsed_body["requests"].map { |request| request["id"] }).to eq(
        [booking_request.id],
      )
      expect(response.parsed_body).to include("more" => false, "cursor" => nil)
    end
  end
end
