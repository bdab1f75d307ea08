# frozen_string_literal: true

RSpec.describe VolunteerBooking::BookingTopicsController do
  include_context "with a volunteer booking topic"

  fab!(:admin)
  fab!(:new_topic, :topic)

  # The keys of api-types.ts BookingTopic and BookingTopicSettings.
  let(:booking_topic_keys) { VolunteerBookingSpec.serialized_keys("BookingTopic") }
  let(:settings_keys) { VolunteerBookingSpec.serialized_keys("BookingTopicSettings") }
  let(:settings) do
    {
      session_minutes: 45,
      buffer_minutes: 0,
      min_notice_minutes: 60,
      horizon_days: 28,
      max_parallel: nil,
      per_user_limit: 1,
      min_trust_level: 0,
      paused: false,
      paused_message: nil,
      questions: VolunteerBooking::BookingTopic.default_questions,
      volunteer_group_ids: [volunteers.id],
      organiser_group_id: organisers.id,
      chat_channel_id: nil,
      volunteer_guide: "Listen first.",
      meeting_mode: "call_link_template",
      call_link_template: "https://meet.jit.si/digital-candle-{token}",
    }
  end

  describe "GET /volunteer-booking/topics/:topic_id/settings" do
    it "asks visitors to log in" do
      answer_as(nil, 403) do
        get "/volunteer-booking/topics/#{booking_topic.topic_id}/settings.json"
      end
    end

    it "is 404 for a topic that does not exist" do
      answer_as(admin, 404) { get "/volunteer-booking/topics/-1/settings.json" }
    end

    it "is refused to volunteers" do
      expect_refused(volunteer) do
        get "/volunteer-booking/topics/#{booking_topic.topic_id}/settings.json"
      end
    end

    it "gives organisers the settings, shifts and choices" do
      body =
        answer_as(organiser, 200) do
          get "/volunteer-booking/topics/#{booking_topic.topic_id}/settings.json"
        end
      expect(body.keys).to contain_exactly(
        "settings",
        "is_booking_topic",
        "rota_entry_counts",
        "shifts",
        "options",
      )
      expect(body["is_booking_topic"]).to eq(true)
      expect(body["rota_entry_counts"]).to eq({})
      expect(body["settings"].keys).to match_array(settings_keys)
      expect(body["shifts"]).to eq(
        [
          {
            "id" => shift.id,
            "weekday" => 3,
            "starts_at" => "13:00",
            "ends_at" => "17:00",
            "time_zone" => "Europe/London",
            "volunteers_wanted" => 1,
          },
        ],
      )
      expect(body["options"].keys).to contain_exactly("groups", "chat_channels")
      expect(body["options"]["groups"].map { |group| group["id"] }).to include(volunteers.id)
    end

    it "gives staff the defaults for a topic that is not a booking topic yet" do
      answer_as(admin, 200) { get "/volunteer-booking/topics/#{new_topic.id}/settings.json" }
      expect(response.parsed_body["settings"]).to include(
        "session_minutes" => SiteSetting.volunteer_booking_default_session_minutes,
        "volunteer_guide" => SiteSetting.volunteer_booking_default_volunteer_guide,
        "volunteer_group_ids" => [],
        "paused" => false,
        "meeting_mode" => "private_message",
        "call_link_template" => nil,
      )
      expect(response.parsed_body["shifts"]).to eq([])
      expect(response.parsed_body["is_booking_topic"]).to eq(false)
    end

    it "tells organisers a booking topic with no shifts is one" do
      shift.destroy!
      answer_as(organiser, 200) do
        get "/volunteer-booking/topics/#{booking_topic.topic_id}/settings.json"
      end
      expect(response.parsed_body).to include("is_booking_topic" => true, "shifts" => [])
    end
  end

  describe "PUT /volunteer-booking/topics/:topic_id/settings" do
    it "lets staff make a topic a booking topic" do
      sign_in(admin)

      expect {
        put "/volunteer-booking/topics/#{new_topic.id}/settings.json", **json(settings:)
      }.to change { VolunteerBooking::BookingTopic.count }.by(1)

      expect(response.status).to eq(200)
      body = response.parsed_body
      expect(body.keys).to contain_exactly("booking_topic", "settings")
      expect(body["booking_topic"].keys).to match_array(booking_topic_keys)
      expect(body["booking_topic"]["permissions"]).to eq(
        "can_book" => true,
        "can_configure" => true,
        "can_volunteer" => false,
      )
      expect(body["settings"].keys).to match_array(settings_keys)
      expect(body["settings"]).to include(
        "session_minutes" => 45,
        "volunteer_guide" => "Listen first.",
        "meeting_mode" => "call_link_template",
        "call_link_template" => "https://meet.jit.si/digital-candle-{token}",
      )
    end

    it "refuses a volunteer (403) and changes nothing" do
      sign_in(volunteer)

      expect {
        put "/volunteer-booking/topics/#{booking_topic.topic_id}/settings.json", **json(settings:)
      }.not_to change { booking_topic.reload.session_minutes }

      expect(response.status).to eq(403)
    end

    it "refuses an organiser making a new booking topic" do
      expect_refused(organiser) do
        put "/volunteer-booking/topics/#{new_topic.id}/settings.json", **json(settings:)
      end
    end

    it "answers an oversize question list with 422 and a translated error, changing nothing" do
      sign_in(organiser)
      questions =
        (1..11).map { |n| { id: "q#{n}", label: "Question #{n}", type: "text", required: false } }

      expect {
        put "/volunteer-booking/topics/#{booking_topic.topic_id}/settings.json",
            **json(settings: settings.merge(questions:))
      }.not_to change { booking_topic.reload.intake_questions }

      expect_answer(422, I18n.t("volunteer_booking.errors.questions_too_many", max: 10))
    end

    it "answers out-of-range numbers with 422 and the contract's messages" do
      sign_in(organiser)
      put "/volunteer-booking/topics/#{booking_topic.topic_id}/settings.json",
          **json(settings: settings.merge(session_minutes: 500))

      expect(response.status).to eq(422)
      expect(response.parsed_body["errors"]).to be_present
      expect(booking_topic.reload.session_minutes).not_to eq(500)
    end

    it "answers an unknown group with 422" do
      sign_in(organiser)
      put "/volunteer-booking/topics/#{booking_topic.topic_id}/settings.json",
          **json(settings: settings.merge(volunteer_group_ids: [-5]))

      expect_answer(422, I18n.t("volunteer_booking.errors.group_unknown"))
    end

    it "answers a template on a host it cannot keep with 422 and the core's reason" do
      sign_in(organiser)

      expect {
        put "/volunteer-booking/topics/#{booking_topic.topic_id}/settings.json",
            **json(settings: settings.merge(call_link_template: "https://{token}.example.org/"))
      }.not_to change { booking_topic.reload.attributes }

      expect_answer(422, I18n.t("volunteer_booking.errors.call_link_host_invalid"))
    end
  end
end
