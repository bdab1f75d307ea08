# frozen_string_literal: true

RSpec.describe Jobs::VolunteerBooking::WelcomeFriend do
  subject(:job) { described_class.new }

  fab!(:admin)
  fab!(:helper, :user)
  fab!(:booking_topic, :volunteer_booking_topic)
  fab!(:hidden_booking_topic) do
    Fabricate(
      :volunteer_booking_topic,
      topic: Fabricate(:topic, category: Fabricate(:private_category, group: Fabricate(:group))),
    )
  end
  fab!(:friends) { Fabricate(:group, name: "friends", full_name: "Friends") }

  let(:args) { { user_id: helper.id, group_id: friends.id } }

  def welcome_messages
    Topic.where(
      archetype: Archetype.private_message,
      user_id: Discourse.system_user.id,
      id: TopicAllowedUser.where(user_id: helper.id).select(:topic_id),
    )
  end

  before do
    enable_current_plugin
    Jobs.run_later!
    friends.add(helper)
  end

  it "sends a private message saying what Friends can do and where" do
    expect { job.execute(args) }.to change { welcome_messages.count }.by(1)

    message = welcome_messages.last
    expect(message.title).to eq(I18n.t("volunteer_booking.friends.welcome.title", group: "Friends"))
    raw = message.first_post.raw
    expect(raw).to include(
      "/chat",
      "/g/friends",
      "[#{VolunteerBooking::Markup.escape(booking_topic.topic.title)}]",
    )
    expect(raw).not_to include(VolunteerBooking::Markup.escape(hidden_booking_topic.topic.title))
  end

  it "does nothing for someone no longer in the group" do
    friends.remove(helper)
    expect { job.execute(args) }.not_to change { welcome_messages.count }
  end

  it "does nothing while the plugin is disabled" do
    SiteSetting.volunteer_booking_enabled = false
    expect { job.execute(args) }.not_to change { welcome_messages.count }
  end

  describe "when someone joins Friends" do
    fab!(:newcomer, :user)

    it "is enqueued however they were added, e.g. by approving their request" do
      expect_enqueued_with(
        job: described_class,
        args: {
          user_id: newcomer.id,
          group_id: friends.id,
        },
      ) { friends.add(newcomer, notify: true) }
    end

    it "is not enqueued for other groups" do
      expect_not_enqueued_with(job: described_class) { Fabricate(:group).add(newcomer) }
    end
  end
end
