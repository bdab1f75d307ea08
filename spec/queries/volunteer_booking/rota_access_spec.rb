# frozen_string_literal: true

RSpec.describe VolunteerBooking::RotaAccess do
  describe ".flagged_user_ids" do
    subject(:flagged) do
      described_class.flagged_user_ids(booking_topic.reload, [volunteer, other_volunteer, helper])
    end

    include_context "with a volunteer booking topic"

    fab!(:friends) { Fabricate(:group, name: "friends") }
    fab!(:helper, :user)
    fab!(:channel) { Fabricate(:private_category_channel, group: volunteers) }

    before do
      SiteSetting.chat_enabled = true
      SiteSetting.chat_allowed_groups = "1|2|#{volunteers.id}|#{friends.id}"
      channel.chatable.set_permissions(volunteers.id => :full, friends.id => :create_post)
      channel.chatable.save!
      booking_topic.update!(
        chat_channel_id: channel.id,
        volunteer_group_ids: [volunteers.id, friends.id],
      )
      friends.add(helper)
    end

    it "flags nobody while everyone can volunteer and chat" do
      expect(flagged).to eq([])
    end

    it "flags someone taken out of every volunteer group" do
      friends.remove(helper)
      expect(flagged).to eq([helper.id])
    end

    it "flags a volunteer who can no longer reach the chat channel" do
      SiteSetting.chat_allowed_groups = "1|2|#{volunteers.id}"
      expect(flagged).to eq([helper.id])
    end

    it "does not look at the channel while chat is off" do
      SiteSetting.chat_allowed_groups = "1|2|#{volunteers.id}"
      SiteSetting.chat_enabled = false
      expect(flagged).to eq([])
    end
  end
end
