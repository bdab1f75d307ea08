# frozen_string_literal: true

RSpec.describe VolunteerBooking::CancelBooking do
  describe described_class::Contract, type: :model do
    it do
      is_expected.to validate_length_of(:reason).is_at_most(
        VolunteerBooking::Booking::CANCEL_REASON_MAX_LENGTH,
      )
    end
  end

  describe ".call" do
    include_context "with an action on a booking", by: :booker

    fab!(:booking) { pending_booking }

    let(:params) { { booking_id: booking.id, reason: "  Found a job, thank you!  " } }

    it_behaves_like "refused by its policy", :can_cancel, %i[outsider volunteer]

    context "when its topic is gone" do
      before { booking_topic.topic.trash! }

      it { is_expected.to fail_to_find_a_model(:booking) }
    end

    context "when it is already cancelled" do
      before { booking.update!(status: :cancelled) }

      it { is_expected.to fail_a_step(:ensure_active) }

      it "says so and changes nothing" do
        expect { result }.not_to change { booking.reload.sequence }
        expect(result["result.step.ensure_active"].error).to eq(
          I18n.t("volunteer_booking.errors.booking_not_active"),
        )
      end
    end

    it_behaves_like "a booker's change until the session starts"

    context "when the booker cancels" do
      it { is_expected.to run_successfully }

      it "tells the booker's pages it is cancelled" do
        messages = MessageBus.track_publish("/volunteer-booking/my-bookings") { result }
        expect(messages.map { |m| m.data.slice(:event, :status) }).to eq(
          [{ event: "cancelled", status: "cancelled" }],
        )
      end

      it "keeps the record with who, when and why, and bumps the sequence" do
        expect { result }.not_to change { VolunteerBooking::Booking.count }
        expect(booking.reload).to have_attributes(
          status: "cancelled",
          cancelled_by_id: booker.id,
          cancelled_at: Time.current,
          cancel_reason: "Found a job, thank you!",
          sequence: 1,
          answers: booking.answers,
        )
      end

      it "frees the place" do
        result
        slot =
          VolunteerBooking::SlotSource
            .slots(booking_topic)
            .find { |candidate| candidate.starts_at == slot_time }
        expect(slot.available).to eq(2)
      end

      it "leaves reminders that do nothing if they fire anyway" do
        result
        expect { run_reminder_for_slot_time(booking) }.not_to change { Notification.count }
      end
    end

    context "when an organiser cancels without a reason" do
      let(:params) { { booking_id: booking.id } }
      let(:dependencies) { { guardian: Guardian.new(organiser) } }

      it { is_expected.to run_successfully }

      it "records the organiser" do
        result
        expect(booking.reload).to have_attributes(
          status: "cancelled",
          cancelled_by_id: organiser.id,
          cancel_reason: nil,
        )
      end
    end

    context "when it was announced in chat" do
      include_context "with a booking chat channel"

      let!(:announcement) { announce(booking) }

      it "edits the announcement to say it is cancelled, without its button" do
        expect(pick_up_action_id(announcement)).to be_present

        expect(result).to run_successfully

        announcement.reload
        expect(announcement.message).to include(I18n.t("volunteer_booking.chat.cancelled"))
        expect(announcement.blocks).to be_blank
      end

      it "still cancels when editing the message fails" do
        allow(Chat::Publisher).to receive(:publish_edit!).and_raise(StandardError, "chat is down")

        expect(result).to run_successfully
        expect(booking.reload.status).to eq("cancelled")
      end
    end

    context "when chat is disabled" do
      include_context "with a booking chat channel"

      before { SiteSetting.chat_enabled = false }

      it "cancels all the same" do
        expect(result).to run_successfully
        expect(booking.reload.status).to eq("cancelled")
      end
    end

    context "when it was picked up" do
      before { pick_up(booking, volunteer) }

      it "tells the volunteer in the private message" do
        result
        private_message = Topic.find(booking.reload.private_message_topic_id)
        expect(private_message.posts.last.raw).to eq(
          I18n.t("volunteer_booking.private_message.cancelled"),
        )
      end

      it "notifies the volunteer, naming the booker, and not the booker who cancelled" do
        expect { result }.to change { custom_notifications(volunteer, :cancelled).size }.by(1)
        expect(JSON.parse(custom_notifications(volunteer, :cancelled).last.data)).to include(
          "title" => "volunteer_booking.notifications.cancelled_title",
          "display_username" => booker.username,
          "named_user_id" => booker.id,
          "booking_id" => booking.id,
        )
        expect(custom_notifications(booker, :cancelled)).to be_empty
      end

      context "when an organiser cancels it" do
        let(:dependencies) { { guardian: Guardian.new(organiser) } }

        it "notifies both people on the booking, each naming the other" do
          result
          expect(JSON.parse(custom_notifications(booker, :cancelled).last.data)).to include(
            "display_username" => volunteer.username,
          )
          expect(custom_notifications(volunteer, :cancelled).size).to eq(1)
          expect(custom_notifications(organiser, :cancelled)).to be_empty
        end
      end
    end

    context "when an organiser cancels one nobody picked up" do
      let(:dependencies) { { guardian: Guardian.new(organiser) } }

      it "notifies the booker, naming the topic" do
        result
        expect(JSON.parse(custom_notifications(booker, :cancelled).last.data)).to include(
          "display_username" => booking_topic.topic.title,
        )
      end
    end
  end
end
