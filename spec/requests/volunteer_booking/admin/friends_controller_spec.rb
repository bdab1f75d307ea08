# frozen_string_literal: true

RSpec.describe VolunteerBooking::Admin::FriendsController do
  include_context "with booking topics in chat"

  fab!(:helper, :user)

  let(:base) { "/admin/plugins/discourse-volunteer-booking/friends" }
  # The keys of api-types.ts FriendsGroup (not in contract/serializer_keys.json).
  let(:group_keys) { %w[id name full_name user_count allow_membership_requests pending_requests] }

  describe "who may use it" do
    it "asks visitors to log in" do
      answer_as(nil, 403) { get "#{base}.json" }
    end

    it "refuses moderators and regular users (403) and changes nothing" do
      set_up_friends
      [moderator, helper].each do |user|
        sign_in(user)

        get "#{base}.json"
        expect(response.status).to eq(403)

        post "#{base}/setup.json"
        expect(response.status).to eq(403)

        post "#{base}/members.json", **json(usernames: [helper.username])
        expect(response.status).to eq(403)

        delete "#{base}/members/#{admin.id}.json"
        expect(response.status).to eq(403)
      end
      expect(friends.users).to contain_exactly(admin)
    end
  end

  describe "GET /admin/plugins/discourse-volunteer-booking/friends" do
    it "gives admins the state in the api-types.ts shape, before the setup" do
      body = answer_as(admin, 200) { get "#{base}.json" }
      expect(body.keys).to match_array(VolunteerBookingSpec.serialized_keys("FriendsState"))
      expect(body).to include(
        "chat_enabled" => true,
        "group" => nil,
        "group_name" => "friends",
        "group_full_name" => "Friends",
        "chat_allowed" => false,
        "members" => [],
      )
      expect(body["changes"].map { |change| change["type"] }).to eq(
        %w[create_group allow_chat open_category],
      )
      expect(body["channels"]).to contain_exactly(
        {
          "id" => members_channel.id,
          "name" => members_channel.name,
          "category_id" => members_channel.chatable.id,
          "category_name" => members_channel.chatable.name,
          "reachable" => false,
        },
        include("id" => public_channel.id, "reachable" => true),
      )
    end
  end

  describe "POST /admin/plugins/discourse-volunteer-booking/friends/setup" do
    it "sets Friends up and answers with the new state" do
      body = answer_as(admin, 200) { post "#{base}/setup.json", **json(confirmed_friends_plan) }
      expect(body["changes"]).to eq([])
      expect(body["chat_allowed"]).to eq(true)
      expect(body["group"].keys).to match_array(group_keys)
      expect(body["group"]).to include("name" => "friends", "user_count" => 1)
    end

    it "answers 422 with a clear message while chat is off" do
      SiteSetting.chat_enabled = false
      sign_in(admin)
      post "#{base}/setup.json", **json(confirmed_friends_plan)

      expect_answer(422, I18n.t("volunteer_booking.errors.chat_unavailable"))
      expect(friends).to be_nil
    end

    it "answers 422 and changes nothing when the plan changed since it was shown" do
      plan = confirmed_friends_plan
      Fabricate(
        :volunteer_booking_topic,
        chat_channel_id: Fabricate(:private_category_channel, group: members).id,
      )
      sign_in(admin)

      expect { post "#{base}/setup.json", **json(plan) }.not_to change {
        [Group.count, CategoryGroup.count, SiteSetting.chat_allowed_groups]
      }
      expect_answer(422, I18n.t("volunteer_booking.errors.plan_changed"))
    end

    it "answers 422 to a category list that is not a list of ids" do
      answer_as(admin, 422) do
        post "#{base}/setup.json", **json(confirmed_friends_plan.merge(category_ids: ["x"]))
      end
      expect(friends).to be_nil
    end
  end

  describe "POST /admin/plugins/discourse-volunteer-booking/friends/members" do
    it "adds people and lists them with who added them" do
      set_up_friends
      answer_as(admin, 200) { post "#{base}/members.json", **json(usernames: [helper.username]) }
      member = response.parsed_body["members"].find { |m| m["user"]["id"] == helper.id }
      expect(member.keys).to match_array(VolunteerBookingSpec.serialized_keys("FriendMember"))
      expect(member["user"].keys).to match_array(VolunteerBookingSpec.serialized_keys("BasicUser"))
      expect(member).to include("owner" => false)
      expect(member["added_by"]["username"]).to eq(admin.username)
      expect(friends.users).to include(helper)
    end

    it "answers 422 before the setup" do
      sign_in(admin)
      post "#{base}/members.json", **json(usernames: [helper.username])

      expect_answer(422, I18n.t("volunteer_booking.errors.friends_not_set_up"))
    end

    it "answers 422 for an empty list" do
      set_up_friends
      answer_as(admin, 422) { post "#{base}/members.json", **json(usernames: []) }
    end
  end

  describe "DELETE /admin/plugins/discourse-volunteer-booking/friends/members/:user_id" do
    it "takes someone out" do
      set_up_friends
      friends.add(helper)
      answer_as(admin, 200) { delete "#{base}/members/#{helper.id}.json" }
      expect(response.parsed_body["members"].map { |m| m["user"]["id"] }).not_to include(helper.id)
      expect(friends.users).not_to include(helper)
    end

    it "is 404 for a user who does not exist" do
      set_up_friends
      answer_as(admin, 404) { delete "#{base}/members/999999.json" }
    end
  end
end
