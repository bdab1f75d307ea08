# frozen_string_literal: true

RSpec.describe VolunteerBooking::AddFriends do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:usernames) }
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with booking topics in chat"

    fab!(:helper) { Fabricate(:user, last_seen_at: 1.hour.ago) }
    fab!(:other_helper, :user)

    let(:params) { { usernames: [helper.username, other_helper.username.upcase] } }
    let(:dependencies) { { guardian: admin.guardian } }

    context "when the setup has not run" do
      it { is_expected.to fail_a_step(:find_group) }
    end

    context "when the setup has run" do
      before { set_up_friends }

      context "when a moderator grants" do
        let(:dependencies) { { guardian: moderator.guardian } }

        it { is_expected.to fail_a_policy(:can_manage_friends) }
      end

      context "when a regular user grants" do
        let(:dependencies) { { guardian: helper.guardian } }

        it { is_expected.to fail_a_policy(:can_manage_friends) }
      end

      context "when a username is unknown" do
        let(:params) { { usernames: [helper.username, "nobody_here"] } }

        it { is_expected.to fail_a_step(:find_users) }

        it "names it and adds nobody" do
          expect { result }.not_to change { friends.users.count }
          expect(result["result.step.find_users"].error).to eq(
            I18n.t("volunteer_booking.errors.users_unknown", usernames: "nobody_here"),
          )
        end
      end

      context "when an admin grants" do
        it { is_expected.to run_successfully }

        it "adds each, logged with the admin as the one who added them" do
          result
          expect(friends.users).to include(helper, other_helper)
          expect(
            GroupHistory.where(
              group: friends,
              acting_user: admin,
              action: GroupHistory.actions[:add_user_to_group],
            ).pluck(:target_user_id),
          ).to include(helper.id, other_helper.id)
        end

        it "welcomes each new Friend" do
          expect_enqueued_with(
            job: Jobs::VolunteerBooking::WelcomeFriend,
            args: {
              user_id: helper.id,
              group_id: friends.id,
            },
          ) { result }
        end

        it "lets them into the booking topics' chat channels" do
          result
          expect(members_channel.user_chat_channel_memberships.where(user: helper)).to exist
        end
      end

      context "when someone is a Friend already" do
        before { friends.add(helper) }

        it "leaves them be and adds the others" do
          expect { result }.to change { friends.users.count }.by(1)
          expect(GroupHistory.where(group: friends, target_user: helper)).not_to exist
        end
      end
    end
  end
end
