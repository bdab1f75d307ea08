# frozen_string_literal: true

# Every row of BaseController's map from a service's outcome to an HTTP
# answer, each through a real endpoint. The map wires the runner's public
# matchers by the names the outcome holds, so an outcome it missed would
# fall to the generic 422 and show here as the wrong answer.
RSpec.describe VolunteerBooking::BaseController do
  include_context "with volunteers on the rota"

  fab!(:booking) { pending_booking }

  # PUT the booking's pick-up (or another booking's) as user.
  def put_pick_up(user, booking_id: booking.id)
    sign_in(user)
    put "/volunteer-booking/bookings/#{booking_id}/pick-up.json"
  end

  it "answers success through the action's own block" do
    put_pick_up(volunteer)

    expect(response.status).to eq(200)
    expect(response.parsed_body["booking"]).to include("id" => booking.id, "status" => "picked_up")
  end

  it "answers a failed contract with 422 and the contract's messages" do
    longest = VolunteerBooking::Booking::CANCEL_REASON_MAX_LENGTH
    sign_in(booker)
    put "/volunteer-booking/bookings/#{booking.id}/cancel.json",
        params: {
          reason: "r" * (longest + 1),
        }

    expect_answer(422, VolunteerBookingSpec.field_error(:reason, :too_long, count: longest))
    expect(booking.reload.status).to eq("pending")
  end

  it "answers a model that is not found with 404" do
    put_pick_up(volunteer, booking_id: booking.id + 1000)
    expect_answer(404, I18n.t("not_found"))
  end

  it "answers a failed policy with 403 and the plugin's own sentence" do
    put_pick_up(outsider)
    expect_answer(403, I18n.t("volunteer_booking.errors.not_allowed"))
    expect(booking.reload.status).to eq("pending")
  end

  it "answers an invalid model with 422 and the model's messages" do
    sign_in(organiser)
    backwards = { weekday: 5, starts_at: "17:00", ends_at: "09:00", time_zone: "Europe/London" }
    post "/volunteer-booking/topics/#{booking_topic.topic_id}/shifts.json",
         params: { shift: backwards }.to_json,
         headers: {
           "CONTENT_TYPE" => "application/json",
         }

    expect_answer(422, I18n.t("volunteer_booking.errors.shift_end_before_start"))
  end

  it "answers a failed step with 422 and the step's message" do
    booking_topic.update!(meeting_mode: "volunteer_link")
    put_pick_up(volunteer)
    expect_answer(422, I18n.t("volunteer_booking.errors.call_link_needed"))
    expect(booking.reload.status).to eq("pending")
  end

  context "when a service's lock is not acquired" do
    fab!(:admin)

    before do
      SiteSetting.chat_enabled = true
      # DistributedMutex gives up only when Redis is read-only, by raising
      # Discourse::ReadOnly, which the lock step turns into its failure.
      allow(DistributedMutex).to receive(:synchronize).and_call_original
      allow(DistributedMutex).to receive(:synchronize).with(
        a_string_starting_with("volunteer_booking/set_up_friends"),
      ).and_raise(Discourse::ReadOnly)
    end

    it "answers with 422 and the generic sentence, as for any outcome not named above" do
      sign_in(admin)
      post "/admin/plugins/#{VolunteerBooking::PLUGIN_NAME}/friends/setup.json",
           params: {
             plan_digest: "a plan",
           }

      expect_answer(422, I18n.t("volunteer_booking.errors.generic"))
      expect(Group.find_by(name: "friends")).to be_nil
    end
  end
end
