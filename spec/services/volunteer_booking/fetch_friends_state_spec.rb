# frozen_string_literal: true

RSpec.describe VolunteerBooking::FetchFriendsState do
  describe ".call" do
    subject(:result) { described_class.call(**dependencies) }

    include_context "with booking topics in chat"

    let(:dependencies) { { guardian: admin.guardian } }
    let(:state) { result[:state] }

    context "when a moderator asks" do
      let(:dependencies) { { guardian: moderator.guardian } }

      it { is_expected.to fail_a_policy(:can_manage_friends) }
    end

    context "when the setup has not run yet" do
      it { is_expected.to run_successfully }

      it "lists what the setup would change, and changes nothing" do
        expect { result }.not_to change { [Group.count, SiteSetting.chat_allowed_groups] }
        expect(state.group).to be_nil
        expect(state.chat_allowed).to eq(false)
        expect(state.changes).to eq(
          [
            { type: "create_group", name: "friends", full_name: "Friends" },
            { type: "allow_chat" },
            {
              type: "open_category",
              category_id: members_channel.chatable.id,
              category_name: members_channel.chatable.name,
              channel_name: members_channel.name,
            },
          ],
        )
        expect(state.channels.map { |c| [c.channel.id, c.reachable] }).to contain_exactly(
          [members_channel.id, false],
          [public_channel.id, true],
        )
      end
    end

    context "after the setup and a grant" do
      fab!(:helper, :user)

      before do
        set_up_friends
        VolunteerBooking::AddFriends.call(
          params: {
            usernames: [helper.username],
          },
          guardian: admin.guardian,
        )
      end

      it "has nothing left to change and lists the Friends with who added them" do
        expect(state.changes).to eq([])
        expect(state.chat_allowed).to eq(true)
        expect(state.members.map { |m| [m.user, m.added_by, m.owner] }).to contain_exactly(
          [helper, admin, false],
          [admin, admin, true],
        )
      end
    end

    context "when chat is disabled" do
      before { SiteSetting.chat_enabled = false }

      it "says so and lists no channels" do
        expect(state).to have_attributes(chat_enabled: false, channels: [])
      end
    end
  end
end
