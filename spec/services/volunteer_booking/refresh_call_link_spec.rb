# frozen_string_literal: true

RSpec.describe VolunteerBooking::RefreshCallLink do
  describe ".call" do
    include_context "with an action on a booking", by: :organiser

    let(:old_token) { "A" * 22 }
    let(:old_link) { "https://meet.jit.si/digital-candle-#{old_token}" }
    let(:booking) { booking_with_call_link }

    it_behaves_like "refused by its policy", :can_refresh_call_link, %i[booker]

    context "when the volunteer holding it asks" do
      let(:dependencies) { { guardian: Guardian.new(volunteer) } }

      before { booking.update!(status: :picked_up, holder: volunteer) }

      it { is_expected.to fail_a_policy(:can_refresh_call_link) }
    end

    context "when the booking was cancelled" do
      before { booking.update!(status: :cancelled) }

      it "says it is no longer active and keeps the link" do
        expect(result).to fail_a_step(:ensure_active)
        expect(booking.reload.call_link).to eq(old_link)
      end
    end

    context "when the topic uses the volunteers' own links" do
      before do
        booking
        booking_topic.update!(meeting_mode: "volunteer_link")
      end

      it "refuses, as that link is the volunteer's, and keeps it" do
        expect(result).to fail_a_step(:ensure_link_per_booking)
        expect(result["result.step.ensure_link_per_booking"].error).to eq(
          I18n.t("volunteer_booking.errors.call_link_not_per_booking"),
        )
        expect(booking.reload).to have_attributes(call_link: old_link, sequence: 0)
      end
    end

    context "when an organiser asks for a fresh link" do
      it { is_expected.to run_successfully }

      it "draws a new token and link and moves calendars to it" do
        result
        booking.reload
        expect(booking.call_token).to match(/\A[A-Za-z0-9_-]{22}\z/)
        expect(booking.call_token).not_to eq(old_token)
        expect(booking).to have_attributes(
          call_link: "https://meet.jit.si/digital-candle-#{booking.call_token}",
          sequence: 1,
        )
      end

      it "tells the booker with no link in the notification" do
        result
        notifications = custom_notifications(booker, :call_link_changed)
        expect(notifications.size).to eq(1)
        expect(notifications.first.data).not_to include(booking.reload.call_link)
        expect(notifications.first.data).not_to include(old_token)
      end

      it "writes the new link in the private message once there is one" do
        pick_up(booking, volunteer)
        result
        link = booking.reload.call_link
        expect(Topic.find(booking.private_message_topic_id).posts.last.raw).to eq(
          I18n.t(
            "volunteer_booking.private_message.call_link_changed",
            link: VolunteerBooking::Markup.link(link, link),
          ),
        )
      end
    end
  end
end
