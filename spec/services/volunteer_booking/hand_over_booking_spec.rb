# frozen_string_literal: true

RSpec.describe VolunteerBooking::HandOverBooking do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:username) }
  end

  describe ".call" do
    include_context "with an action on a booking", by: :volunteer

    fab!(:booking) { pending_booking }

    let(:params) { { booking_id: booking.id, username: other_volunteer.username } }

    before { pick_up(booking, volunteer) }

    it_behaves_like "refused by its policy", :can_hand_over, %i[other_volunteer]

    context "when the user does not exist" do
      let(:params) { { booking_id: booking.id, username: "nobody_here" } }

      it { is_expected.to fail_a_step(:find_new_holder) }
    end

    context "when the new volunteer holds an overlapping session in another topic" do
      fab!(:elsewhere) do
        session_elsewhere(starts_at: slot_time - 10.minutes, holder: other_volunteer)
      end

      let(:refusal) { busy_refusal(other_volunteer, elsewhere.starts_at) }

      it_behaves_like "a refused step", :ensure_new_holder_free, keeps: :booking
    end

    context "when the new volunteer holds the most sessions one volunteer can" do
      include_context "with a volunteer holding the most sessions"

      let(:holder) { other_volunteer }

      it_behaves_like "refused to a volunteer holding the most sessions",
                      :ensure_new_holder_can_hold_more
    end

    context "when the booker mutes the new volunteer" do
      before { MutedUser.create!(user: booker, muted_user: other_volunteer) }

      # Only that it cannot go to them: nothing of who mutes whom.
      let(:refusal) do
        I18n.t("volunteer_booking.errors.cannot_pair_with", username: other_volunteer.username)
      end

      it_behaves_like "a refused step", :check_new_holder, keeps: :booking
    end

    context "when the new volunteer is silenced" do
      before { other_volunteer.update!(silenced_till: 1.year.from_now) }

      it { is_expected.to fail_a_step(:check_new_holder) }
    end

    context "when the new volunteer is not a volunteer of the topic" do
      let(:params) { { booking_id: booking.id, username: outsider.username } }

      let(:refusal) do
        I18n.t("volunteer_booking.errors.cannot_hand_over_to", username: outsider.username)
      end

      it_behaves_like "a refused step", :check_new_holder, keeps: :booking
    end

    context "when it is handed to its own booker" do
      before { volunteers.add(booker) }

      let(:params) { { booking_id: booking.id, username: booker.username } }

      it { is_expected.to fail_a_step(:check_new_holder) }
    end

    context "when it is handed to the volunteer who holds it" do
      let(:params) { { booking_id: booking.id, username: volunteer.username } }

      it { is_expected.to fail_a_step(:ensure_someone_else) }
    end

    context "when it changes hands before its row is locked" do
      it_behaves_like "a service that asks again once the booking is locked"
    end

    context "when nobody holds it" do
      before { booking.update!(status: :pending, holder: nil) }

      let(:dependencies) { { guardian: Guardian.new(organiser) } }

      it { is_expected.to fail_a_step(:ensure_picked_up) }
    end

    context "when it has started" do
      before { freeze_time(slot_time) }

      it { is_expected.to fail_a_step(:ensure_not_started) }
    end

    context "when the volunteer hands it over" do
      let(:params) { { booking_id: booking.id, username: "@#{other_volunteer.username}" } }

      it { is_expected.to run_successfully }

      it "gives it to the new volunteer" do
        result
        expect(booking.reload).to have_attributes(
          status: "picked_up",
          holder_id: other_volunteer.id,
          picked_up_at: Time.current,
        )
      end

      it "records that the earlier volunteer gave it back, for the stats" do
        expect { result }.to change {
          VolunteerBooking::GiveBack.where(booking_id: booking.id).pluck(:user_id, :kind)
        }.from([]).to([[volunteer.id, "handed_over"]])
      end

      it "opens a fresh private message between the booker and them" do
        earlier = Topic.find(booking.private_message_topic_id)
        Fabricate(:post, topic: earlier, user: volunteer, raw: "My notes for our chat, booker.")
        result

        private_message =
          expect_fresh_private_message(
            booking,
            earlier:,
            with: other_volunteer,
            earlier_reply: "My notes",
          )
        expect(private_message.first_post.raw).to start_with(
          I18n.t(
            "volunteer_booking.private_message.handed_over",
            by: volunteer.username,
            from: volunteer.username,
            to: other_volunteer.username,
          ),
        )
      end

      it "takes the earlier volunteer and the answers out of the earlier message" do
        earlier = Topic.find(booking.private_message_topic_id)
        result

        earlier.reload
        expect(earlier.topic_allowed_users.pluck(:user_id)).to include(booker.id)
        expect(earlier.topic_allowed_users.pluck(:user_id)).not_to include(
          volunteer.id,
          other_volunteer.id,
        )
        expect(earlier.first_post.raw).not_to include("laid off")
        expect(earlier.first_post.raw).to include(booking.reload.private_message_topic.relative_url)
      end

      it "notifies the new volunteer" do
        result
        notification =
          Notification.where(
            user_id: other_volunteer.id,
            notification_type: Notification.types[:custom],
          ).last
        expect(JSON.parse(notification.data)).to include(
          "message" => "volunteer_booking.notifications.handed_over",
          "title" => "volunteer_booking.notifications.handed_over_title",
          "display_username" => volunteer.username,
        )
      end
    end

    context "when an organiser hands it over" do
      let(:dependencies) { { guardian: Guardian.new(organiser) } }

      it { is_expected.to run_successfully }
    end

    context "when the topic meets in the volunteer's own call" do
      let(:link) { "https://meet.jit.si/volunteers-room" }
      let(:other_link) { "https://meet.jit.si/other-volunteers-room" }

      before { meet_at_own_link(booking, volunteer, link) }

      it "meets at the new volunteer's link, moving calendars, and tells the booker" do
        VolunteerBooking::VolunteerProfile.create!(user: other_volunteer, call_link: other_link)
        expect(result).to run_successfully

        booking.reload
        expect(booking).to have_attributes(call_link: other_link, sequence: 2)
        expect(booking.private_message_topic.posts.last.raw).to eq(
          I18n.t(
            "volunteer_booking.private_message.call_link_changed",
            link: VolunteerBooking::Markup.link(other_link, other_link),
          ),
        )
        notifications = custom_notifications(booker, :call_link_changed)
        expect(notifications.size).to eq(1)
        expect(notifications.first.topic_id).to eq(booking.private_message_topic_id)
        expect(
          Notification.where(user_id: [booker.id, other_volunteer.id]).map(&:data).join,
        ).not_to include(other_link)
      end

      it "meets nowhere yet when the new volunteer keeps no link, and says so" do
        expect(result).to run_successfully

        booking.reload
        expect(booking).to have_attributes(call_link: nil, sequence: 2)
        expect(booking.private_message_topic.first_post.raw).to include(
          I18n.t(
            "volunteer_booking.private_message.meeting",
            booker: VolunteerBooking::Markup.username(booker.username),
            volunteer: VolunteerBooking::Markup.username(other_volunteer.username),
          ),
        )
        expect(booking.private_message_topic.posts.last.raw).to eq(
          I18n.t("volunteer_booking.private_message.call_link_removed"),
        )
        expect(custom_notifications(booker, :call_link_changed).size).to eq(1)
      end

      it "tells the booker nothing new when the link stays the same" do
        VolunteerBooking::VolunteerProfile.create!(user: other_volunteer, call_link: link)
        expect(result).to run_successfully
        expect(booking.reload).to have_attributes(call_link: link, sequence: 1)
        expect(custom_notifications(booker, :call_link_changed)).to be_empty
      end
    end

    context "when the topic has a call link per booking" do
      it "keeps the booking's link" do
        booking_topic.update!(meeting_mode: "call_link_template", call_link_template:)
        link = call_link_template.sub("{token}", "A" * 22)
        booking.update!(call_token: "A" * 22, call_link: link)

        expect(result).to run_successfully
        expect(booking.reload).to have_attributes(call_link: link, sequence: 0)
        expect(custom_notifications(booker, :call_link_changed)).to be_empty
      end
    end
  end

  describe ".call with a chat channel" do
    include_context "with volunteers on the rota"
    include_context "with a booking chat channel"

    fab!(:booking) { pending_booking }

    let!(:announcement) { announce(booking) }

    before { pick_up(booking, volunteer) }

    it "says who has it now in the announcement" do
      result =
        described_class.call(
          params: {
            booking_id: booking.id,
            username: other_volunteer.username,
          },
          guardian: Guardian.new(volunteer),
        )

      expect(result).to run_successfully
      expect(announcement.reload.message).to include(
        I18n.t("volunteer_booking.chat.picked_up", username: other_volunteer.username),
      )
      expect(announcement.message).not_to include("@#{volunteer.username}.")
      expect(announcement.blocks).to be_blank
    end
  end
end
