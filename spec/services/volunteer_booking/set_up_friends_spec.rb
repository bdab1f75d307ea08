# frozen_string_literal: true

RSpec.describe VolunteerBooking::SetUpFriends do
  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with booking topics in chat"

    let(:dependencies) { { guardian: admin.guardian } }
    let(:members_category) { members_channel.chatable }
    # What the admin's screen showed, with every category ticked.
    let(:shown) { VolunteerBooking::Friends::State.current }
    let(:params) { { plan_digest: shown.plan_digest, category_ids: planned_category_ids(shown) } }

    def planned_category_ids(state)
      state.changes.filter_map { |change| change[:category_id] }
    end

    context "when a moderator runs it" do
      let(:dependencies) { { guardian: moderator.guardian } }

      it { is_expected.to fail_a_policy(:can_manage_friends) }
    end

    context "when a regular user runs it" do
      let(:dependencies) { { guardian: Fabricate(:user).guardian } }

      it { is_expected.to fail_a_policy(:can_manage_friends) }
    end

    context "when chat is disabled" do
      before { SiteSetting.chat_enabled = false }

      it { is_expected.to fail_a_step(:ensure_chat_enabled) }

      it "says so and changes nothing" do
        expect { result }.not_to change { Group.count }
        expect(result["result.step.ensure_chat_enabled"].error).to eq(
          I18n.t("volunteer_booking.errors.chat_unavailable"),
        )
      end
    end

    context "when the group's name is not one Discourse accepts" do
      before { SiteSetting.volunteer_booking_friends_group_name = "no spaces allowed" }

      it { is_expected.to fail_a_step(:find_or_create_group) }

      it "changes nothing" do
        expect { result }.not_to change { [Group.count, SiteSetting.chat_allowed_groups] }
        expect(members_category.reload.category_groups.count).to eq(1)
      end
    end

    context "when it runs the first time" do
      it { is_expected.to run_successfully }

      it "creates the Friends group from the settings, owned by the admin" do
        SiteSetting.volunteer_booking_friends_group_full_name = "Co-op friends"

        expect { result }.to change { Group.count }.by(1)
        expect(friends).to have_attributes(
          full_name: "Co-op friends",
          visibility_level: Group.visibility_levels[:logged_on_users],
          members_visibility_level: Group.visibility_levels[:members],
          mentionable_level: Group::ALIAS_LEVELS[:members_mods_and_admins],
          messageable_level: Group::ALIAS_LEVELS[:members_mods_and_admins],
          allow_membership_requests: true,
          membership_request_template: I18n.t("volunteer_booking.friends.request_template"),
          public_admission: false,
          public_exit: true,
        )
        expect(friends.group_users.where(owner: true).pluck(:user_id)).to eq([admin.id])
        expect(
          GroupHistory.where(
            group: friends,
            acting_user: admin,
            action: GroupHistory.actions[:add_user_to_group],
          ),
        ).to exist
      end

      it "allows the group to chat, keeping every group already allowed, in the staff log" do
        result
        expect(SiteSetting.chat_allowed_groups_map).to contain_exactly(
          *chat_allowed_groups,
          friends.id,
        )
        expect(
          UserHistory.where(
            action: UserHistory.actions[:change_site_setting],
            subject: "chat_allowed_groups",
            acting_user_id: admin.id,
          ),
        ).to exist
      end

      it "lets Friends read and post in the closed channel's category, keeping its groups" do
        result
        expect(members_category.reload.category_groups.pluck(:group_id, :permission_type)).to(
          contain_exactly(
            [members.id, CategoryGroup.permission_types[:full]],
            [friends.id, CategoryGroup.permission_types[:create_post]],
          ),
        )
        expect(
          UserHistory.where(
            action: UserHistory.actions[:change_category_settings],
            category_id: members_category.id,
          ),
        ).to exist
      end

      it "leaves the public channel's category as it was" do
        expect { result }.not_to change { public_channel.chatable.reload.category_groups.to_a }
      end

      it "reports that nothing is left to do" do
        expect(result[:state].changes).to eq([])
        expect(result[:state].channels.map(&:reachable)).to all(be(true))
      end
    end

    context "when the admin leaves a category unticked" do
      let(:params) { { plan_digest: shown.plan_digest, category_ids: [] } }

      it { is_expected.to run_successfully }

      it "leaves that category as it was, and still sets up the rest" do
        expect { result }.not_to change { members_category.reload.category_groups.count }
        expect(SiteSetting.chat_allowed_groups_map).to include(friends.id)
        expect(result[:state].changes).to contain_exactly(
          a_hash_including(type: "open_category", category_id: members_category.id),
        )
      end
    end

    context "when the plan changed after the admin saw it" do
      before do
        shown
        members_category.set_permissions(members.name => :full, Group[:staff].name => :create_post)
        members_category.save!
      end

      it { is_expected.to fail_a_step(:confirm_plan) }

      it "says so and changes nothing" do
        expect { result }.not_to change {
          [Group.count, CategoryGroup.count, SiteSetting.chat_allowed_groups]
        }
        expect(result["result.step.confirm_plan"].error).to eq(
          I18n.t("volunteer_booking.errors.plan_changed"),
        )
      end
    end

    context "when a category that is not in the plan is sent" do
      let(:params) do
        { plan_digest: shown.plan_digest, category_ids: [public_channel.chatable.id] }
      end

      it { is_expected.to fail_a_step(:confirm_plan) }

      it "leaves that category alone" do
        expect { result }.not_to change { public_channel.chatable.reload.category_groups.count }
      end
    end

    context "when the digest is missing" do
      let(:params) { { category_ids: [members_category.id] } }

      it { is_expected.to fail_a_contract }
    end

    context "when the plan lists a category's permissions" do
      it "shows who may do what there, marked read-restricted" do
        expect(shown.changes).to include(
          a_hash_including(
            type: "open_category",
            category_id: members_category.id,
            read_restricted: true,
            permissions: [{ group_name: members.name, permission: "full" }],
          ),
        )
      end
    end

    context "when it runs a second time" do
      before { set_up_friends }

      it { is_expected.to run_successfully }

      it { is_expected.to run_successfully }

      it "changes nothing" do
        expect { result }.not_to change {
          [
            Group.count,
            GroupHistory.count,
            UserHistory.count,
            CategoryGroup.count,
            SiteSetting.chat_allowed_groups,
          ]
        }
      end
    end

    context "when the group exists already and has a member" do
      fab!(:helper) { Fabricate(:user, last_seen_at: 1.hour.ago) }

      before do
        group = Fabricate(:group, name: "friends", full_name: "Our friends")
        group.add(helper)
      end

      it "keeps the group as it is" do
        expect { result }.not_to change { Group.count }
        expect(friends.full_name).to eq("Our friends")
      end

      it "lets its members into the channel it opened" do
        result
        expect(
          Chat::UserChatChannelMembership.where(user: helper, chat_channel: members_channel),
        ).to exist
      end
    end
  end
end
