# frozen_string_literal: true

RSpec.describe VolunteerBooking::ReleaseBooking do
  describe ".call" do
    include_context "with an action on a booking", by: :volunteer

    fab!(:booking) { pending_booking }

    before { pick_up(booking, volunteer) }

    it_behaves_like "refused by its policy", :can_release, %i[other_volunteer booker]

    context "when nobody holds it" do
      before { booking.update!(status: :pending, holder: nil, picked_up_at: nil) }

      it { is_expected.to fail_a_step(:ensure_picked_up) }
    end

    context "when it changes hands before its row is locked" do
      it_behaves_like "a service that asks again once the booking is locked"
    end

    context "when it has started" do
      before { freeze_time(slot_time) }

      it { is_expected.to fail_a_step(:ensure_not_started) }

      it "keeps the volunteer on it, with nothing given back" do
        result
        expect(booking.reload).to have_attributes(status: "picked_up", holder_id: volunteer.id)
        expect(VolunteerBooking::GiveBack.where(booking_id: booking.id)).to be_empty
      end
    end

    context "when the volunteer gives it back" do
      it { is_expected.to run_successfully }

      it "makes it pending again, with nobody on it" do
        result
        expect(booking.reload).to have_attributes(
          status: "pending",
          holder_id: nil,
          picked_up_at: nil,
        )
      end

      it "takes the volunteer out of the private message, leaving a note for the booker" do
        private_message = Topic.find(booking.private_message_topic_id)
        result

        expect(private_message.topic_allowed_users.pluck(:user_id)).to include(booker.id)
        expect(private_message.topic_allowed_users.pluck(:user_id)).not_to include(volunteer.id)
        expect(private_message.posts.where(post_type: Post.types[:regular]).last.raw).to eq(
          I18n.t("volunteer_booking.private_message.released", username: volunteer.username),
        )
      end

      it "records that the volunteer gave it back, for the stats" do
        expect { result }.to change {
          VolunteerBooking::GiveBack.where(booking_id: booking.id).pluck(:user_id, :kind)
        }.from([]).to([[volunteer.id, "released"]])
      end

      it "lets another volunteer pick it up" do
        result
        expect(pick_up(booking, other_volunteer).holder_id).to eq(other_volunteer.id)
      end
    end

    context "when an organiser releases it" do
      let(:dependencies) { { guardian: Guardian.new(organiser) } }

      it { is_expected.to run_successfully }
    end

    context "when the topic meets in the volunteer's own call" do
      let(:link) { "https://meet.jit.si/volunteers-room" }

      before { meet_at_own_link(booking, volunteer, link) }

      it "takes the volunteer's link away with them, moving calendars, and tells the booker" do
        private_message = Topic.find(booking.private_message_topic_id)
        expect(result).to run_successfully

        expect(booking.reload).to have_attributes(call_link: nil, sequence: 2)
        expect(private_message.posts.where(post_type: Post.types[:regular]).last.raw).to eq(
          [
            I18n.t("volunteer_booking.private_message.released", username: volunteer.username),
            I18n.t("volunteer_booking.private_message.call_link_released"),
          ].join(" "),
        )
      end

      it "gives the next volunteer's link to the booking they pick up" do
        other_link = "https://meet.jit.si/other-volunteers-room"
        VolunteerBooking::VolunteerProfile.create!(user: other_volunteer, call_link: other_link)
        result
        expect(pick_up(booking, other_volunteer)).to have_attributes(
          call_link: other_link,
          sequence: 3,
        )
      end
    end
  end

  describe ".call with a chat channel" do
    subject(:result) do
      described_class.call(params: { booking_id: booking.id }, guardian: Guardian.new(volunteer))
    end

    include_context "with volunteers on the rota"
    include_context "with a booking chat channel"

    fab!(:booking) { pending_booking }

    let!(:old_announcement) { announce(booking) }

    before { pick_up(booking, volunteer) }

    it "retires the old announcement and announces the booking again" do
      expect(pick_up_action_id(old_announcement)).to be_nil

      expect_enqueued_with(
        job: Jobs::VolunteerBooking::AnnounceBooking,
        args: {
          booking_id: booking.id,
        },
      ) { expect(result).to run_successfully }

      old_announcement.reload
      expect(old_announcement.message).to include(
        I18n.t("volunteer_booking.chat.released", username: volunteer.username),
      )
      expect(old_announcement.blocks).to be_blank
      expect(booking.reload.announcement_chat_message_id).to be_nil

      Jobs::VolunteerBooking::AnnounceBooking.new.execute(booking_id: booking.id)
      new_announcement = Chat::Message.find(booking.reload.announcement_chat_message_id)
      expect(new_announcement.id).not_to eq(old_announcement.id)
      expect(pick_up_action_id(new_announcement)).to eq("volunteer_booking:pick_up:#{booking.id}")
    end
  end
end
