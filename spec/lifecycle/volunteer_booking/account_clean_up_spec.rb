# frozen_string_literal: true

RSpec.describe VolunteerBooking::AccountCleanUp do
  include_context "with volunteers on the rota"

  fab!(:admin)
  fab!(:booking) { pending_booking }
  # Over already: it keeps its state, for the counts.
  fab!(:past_booking) do
    Fabricate(
      :volunteer_booking_booking,
      booking_topic:,
      shift:,
      booker:,
      starts_at: Time.utc(2026, 11, 25, 14),
      status: :held,
      holder: volunteer,
    )
  end

  def regular_posts(topic)
    topic.posts.where(post_type: Post.types[:regular]).order(:post_number)
  end

  describe "a booker anonymised" do
    subject(:anonymise) { UserAnonymizer.make_anonymous(booker, admin) }

    let!(:private_message) { Topic.find(pick_up(booking, volunteer).private_message_topic_id) }

    it "forgets their answers on every booking, keeping the records" do
      expect { anonymise }.not_to change { VolunteerBooking::Booking.count }
      expect(booking.reload.answers).to eq({})
      expect(past_booking.reload).to have_attributes(answers: {}, status: "held")
    end

    it "replaces the first post of the private message, answers and all" do
      expect(private_message.first_post.raw).to include(
        VolunteerBooking::Markup.quote("I was laid off last month."),
      )
      anonymise
      expect(private_message.reload.first_post.raw).to eq(
        I18n.t("volunteer_booking.private_message.answers_removed"),
      )
    end

    it "cancels their sessions still to come and tells the volunteer, not them" do
      anonymise
      expect(booking.reload).to have_attributes(status: "cancelled", cancelled_by_id: nil)
      expect(regular_posts(private_message).last.raw).to eq(
        I18n.t("volunteer_booking.private_message.cancelled"),
      )
      expect(custom_notifications(volunteer, :cancelled).size).to eq(1)
      expect(custom_notifications(booker, :cancelled)).to be_empty
    end

    it "takes their name out of the plugin's notifications" do
      VolunteerBooking::Notifier.notify(
        organiser,
        :still_pending,
        booking: booking,
        display_username: booker,
      )
      name = booker.username
      anonymise
      data = JSON.parse(custom_notifications(organiser, :still_pending).last.data)
      expect(data["display_username"]).to eq(I18n.t("volunteer_booking.deleted_user"))
      expect(data).not_to have_key("named_user_id")
      expect(data.to_json).not_to include(name)
    end

    it "changes nothing more when run again" do
      anonymise
      expect { described_class.user_gone(booker.id, username: booker.username) }.not_to change {
        [private_message.reload.posts.count, Notification.count, booking.reload.updated_at]
      }
    end
  end

  describe "a booker deleted" do
    subject(:delete_booker) { UserDestroyer.new(admin).destroy(booker) }

    include_context "with a booking chat channel"

    let!(:announcement) { announce(booking) }

    it "cancels their booking, and its announcement no longer names them" do
      expect(announcement.message).to include(booker.username)
      delete_booker
      expect(booking.reload.status).to eq("cancelled")
      expect(announcement.reload.message).not_to include(booker.username)
      expect(announcement.message).to include(I18n.t("volunteer_booking.deleted_user"))
      expect(announcement.blocks).to be_blank
    end
  end

  describe "a volunteer deleted" do
    subject(:delete_volunteer) { UserDestroyer.new(admin).destroy(volunteer) }

    let!(:private_message) { Topic.find(pick_up(booking, volunteer).private_message_topic_id) }

    it "gives their sessions still to come back to the queue and tells the booker" do
      delete_volunteer
      expect(booking.reload).to have_attributes(status: "pending", holder_id: nil)
      expect(past_booking.reload).to have_attributes(status: "held", holder_id: volunteer.id)
      expect(regular_posts(private_message).last.raw).to eq(
        I18n.t("volunteer_booking.private_message.volunteer_left"),
      )
      expect(pick_up(booking, other_volunteer).holder_id).to eq(other_volunteer.id)
    end
  end

  describe "a volunteer anonymised" do
    let!(:private_message) { Topic.find(pick_up(booking, volunteer).private_message_topic_id) }

    it "deletes the link to their own video call" do
      VolunteerBooking::VolunteerProfile.create!(
        user: volunteer,
        call_link: "https://meet.jit.si/volunteer-room",
      )
      UserAnonymizer.make_anonymous(volunteer, admin)
      expect(VolunteerBooking::VolunteerProfile.where(user_id: volunteer.id)).to be_empty
    end

    it "gives their sessions back and takes them out of the private message" do
      UserAnonymizer.make_anonymous(volunteer, admin)
      expect(booking.reload).to have_attributes(status: "pending", holder_id: nil)
      expect(private_message.topic_allowed_users.pluck(:user_id)).not_to include(volunteer.id)
      expect(private_message.topic_allowed_users.pluck(:user_id)).to include(booker.id)
    end
  end

  describe "a volunteer leaving the volunteer groups" do
    include_context "with a booking chat channel"

    let!(:private_message) do
      announce(booking)
      Topic.find(pick_up(booking, volunteer).private_message_topic_id)
    end

    it "gives their sessions back, announces them again and tells the booker" do
      expect_enqueued_with(
        job: Jobs::VolunteerBooking::AnnounceBooking,
        args: {
          booking_id: booking.id,
        },
      ) { volunteers.remove(volunteer) }

      expect(booking.reload).to have_attributes(status: "pending", holder_id: nil)
      expect(private_message.topic_allowed_users.pluck(:user_id)).not_to include(volunteer.id)
      expect(regular_posts(private_message).last.raw).to eq(
        I18n.t("volunteer_booking.private_message.volunteer_left"),
      )
    end

    it "keeps them on it while they are in another of the topic's volunteer groups" do
      other_group = Fabricate(:group)
      other_group.add(volunteer)
      booking_topic.update!(volunteer_group_ids: [volunteers.id, other_group.id])

      volunteers.remove(volunteer)

      expect(booking.reload).to have_attributes(status: "picked_up", holder_id: volunteer.id)
    end

    it "ignores groups no booking topic uses" do
      unrelated = Fabricate(:group)
      unrelated.add(volunteer)
      unrelated.remove(volunteer)
      expect(booking.reload.holder_id).to eq(volunteer.id)
    end
  end

  describe ".catch_up" do
    before { pick_up(booking, volunteer) }

    it "repairs a volunteer who left the groups while the plugin was off" do
      SiteSetting.volunteer_booking_enabled = false
      volunteers.remove(volunteer)
      SiteSetting.volunteer_booking_enabled = true
      expect(booking.reload.holder_id).to eq(volunteer.id)

      described_class.catch_up

      expect(booking.reload).to have_attributes(status: "pending", holder_id: nil)
    end

    it "repairs a booker anonymised while the plugin was off" do
      SiteSetting.volunteer_booking_enabled = false
      UserAnonymizer.make_anonymous(booker, admin)
      SiteSetting.volunteer_booking_enabled = true
      expect(booking.reload.answers).to be_present

      described_class.catch_up

      expect(booking.reload).to have_attributes(status: "cancelled", answers: {})
      expect(past_booking.reload.answers).to eq({})
    end

    it "deletes the video call link of a volunteer deleted while the plugin was off" do
      VolunteerBooking::VolunteerProfile.create!(
        user: other_volunteer,
        call_link: "https://meet.jit.si/volunteer-room",
      )
      SiteSetting.volunteer_booking_enabled = false
      UserDestroyer.new(admin).destroy(other_volunteer)
      SiteSetting.volunteer_booking_enabled = true

      described_class.catch_up

      expect(VolunteerBooking::VolunteerProfile.where(user_id: other_volunteer.id)).to be_empty
    end

    it "repairs a booker deleted while the plugin was off" do
      SiteSetting.volunteer_booking_enabled = false
      UserDestroyer.new(admin).destroy(booker)
      SiteSetting.volunteer_booking_enabled = true

      described_class.catch_up

      expect(booking.reload).to have_attributes(status: "cancelled", answers: {})
    end

    it "leaves everyone still here alone, however often it runs" do
      expect { 2.times { described_class.catch_up } }.not_to change {
        [booking.reload.attributes, Notification.count]
      }
    end
  end
end
