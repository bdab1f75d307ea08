# frozen_string_literal: true

RSpec.describe "Friends on the plugin's admin page" do
  include VolunteerBookingFriendsSetup

  fab!(:admin)
  fab!(:helper) { Fabricate(:user, username: "helper_one") }
  fab!(:other_helper) { Fabricate(:user, username: "helper_two") }
  fab!(:members) { Fabricate(:group, name: "members") }
  fab!(:channel) { Fabricate(:private_category_channel, group: members) }
  fab!(:booking_topic) { Fabricate(:volunteer_booking_topic, chat_channel_id: channel.id) }

  let(:friends_page) { PageObjects::Pages::VolunteerBookingFriends.new }
  let(:admin_user_page) { PageObjects::Pages::VolunteerBookingAdminUser.new }
  let(:friends) { Group.find_by(name: "friends") }

  before do
    enable_current_plugin
    SiteSetting.chat_enabled = true
    SiteSetting.chat_allowed_groups = "1|2|#{members.id}"
    sign_in(admin)
  end

  it "shows what the setup will do, runs it, and grants and revokes Friends" do
    friends_page.visit
    expect(friends_page).to have_planned_changes(3)
    expect(friends_page).to have_restricted_category(channel.chatable, members)

    friends_page.confirm_category(channel.chatable).run_setup
    expect(friends_page).to be_set_up
    expect(SiteSetting.chat_allowed_groups_map).to include(members.id, friends.id)

    friends_page.add_friends(helper, other_helper)
    expect(friends_page).to have_member(helper, added_by: admin)
    expect(friends_page).to have_member(other_helper, added_by: admin)
    expect(friends.users).to include(helper, other_helper)

    friends_page.remove_member(helper)
    expect(friends_page).to have_no_member(helper)
    expect(friends.reload.users).not_to include(helper)
  end

  it "grants and revokes from the admin user page in one click" do
    set_up_friends
    toggle = admin_user_page.visit(helper).friends_toggle
    expect(toggle).to have_add_button

    toggle.click
    expect(toggle).to have_remove_button
    expect(friends.users).to include(helper)

    toggle.click
    expect(toggle).to have_add_button
    expect(friends.reload.users).not_to include(helper)
  end
end
