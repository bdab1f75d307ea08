# frozen_string_literal: true

require_relative "../../core_helper"

RSpec.describe VolunteerBooking::Policy do
  members_group = 20
  friends_group = 21
  organisers_group = 30
  unrelated_group = 40

  topic = {
    volunteer_group_ids: [members_group, friends_group],
    organiser_group_id: organisers_group,
    min_trust_level: 1,
  }
  starts_at = Time.utc(2026, 4, 1, 12, 0)
  before_start = starts_at - 1
  after_start = starts_at

  booker_id = 4
  holder_id = 6
  picked_up = {
    booker_id: booker_id,
    holder_id: holder_id,
    status: "picked_up",
    starts_at: starts_at,
  }
  pending = picked_up.merge(holder_id: nil, status: "pending")

  # role => [user, the booking the row is about]
  roles = {
    "anonymous visitor" => [nil, picked_up],
    "anonymous-posting account" => [
      { id: 9, anonymous: true, staff: false, group_ids: [members_group], trust_level: 2 },
      picked_up,
    ],
    "new user below the trust level" => [
      { id: 2, staff: false, group_ids: [], trust_level: 0 },
      picked_up,
    ],
    "regular user" => [
      { id: 3, staff: false, group_ids: [unrelated_group], trust_level: 1 },
      picked_up,
    ],
    "booker" => [{ id: booker_id, staff: false, group_ids: [], trust_level: 1 }, picked_up],
    "volunteer (booking pending)" => [
      { id: 5, staff: false, group_ids: [friends_group], trust_level: 1 },
      pending,
    ],
    "holder" => [
      { id: holder_id, staff: false, group_ids: [members_group], trust_level: 1 },
      picked_up,
    ],
    "other volunteer (picked by someone else)" => [
      { id: 7, staff: false, group_ids: [members_group], trust_level: 1 },
      picked_up,
    ],
    "organiser (group member)" => [
      { id: 8, staff: false, group_ids: [organisers_group], trust_level: 1 },
      picked_up,
    ],
    "staff" => [{ id: 1, staff: true, group_ids: [], trust_level: 0 }, picked_up],
    "volunteer who is also the booker" => [
      { id: 11, staff: false, group_ids: [members_group], trust_level: 1 },
      pending.merge(booker_id: 11),
    ],
  }

  # action => how to ask. The "before start" columns ask a policy whose clock
  # is one second before the session; every other column asks at the start.
  actions = {
    "book" => ->(ask) { ask.policy.can_book? },
    "cancel before start" => ->(ask) { ask.early.can_cancel?(ask.booking) },
    "cancel at start" => ->(ask) { ask.policy.can_cancel?(ask.booking) },
    "reschedule before start" => ->(ask) { ask.early.can_reschedule?(ask.booking) },
    "reschedule at start" => ->(ask) { ask.policy.can_reschedule?(ask.booking) },
    "see answers" => ->(ask) { ask.policy.can_see_answers?(ask.booking) },
    "see outcome note" => ->(ask) { ask.policy.can_see_outcome_note?(ask.booking) },
    "pick up" => ->(ask) { ask.policy.can_pick_up?(ask.booking) },
    "release" => ->(ask) { ask.policy.can_release?(ask.booking) },
    "hand over" => ->(ask) { ask.policy.can_hand_over?(ask.booking) },
    "mark outcome before start" => ->(ask) { ask.early.can_mark_outcome?(ask.booking) },
    "mark outcome at start" => ->(ask) { ask.policy.can_mark_outcome?(ask.booking) },
    "configure" => ->(ask) { ask.policy.can_configure? },
    "edit any rota" => ->(ask) { ask.policy.can_edit_rota? },
    "edit own rota" => ->(ask) { ask.policy.can_edit_own_rota? },
    "edit own entry" => ->(ask) { ask.policy.can_edit_rota_entry?(user_id: ask.user_id) },
    "edit other's entry" => ->(ask) { ask.policy.can_edit_rota_entry?(user_id: 999) },
    "volunteer?" => ->(ask) { ask.policy.volunteer? },
    "organiser?" => ->(ask) { ask.policy.organiser? },
  }
  ask_struct = Struct.new(:policy, :early, :booking, :user_id, keyword_init: true)

  # Y = allowed, N = refused. "pick up" is about who: whether the booking is
  # still pending is checked by the service under the row lock.
  #                                           book can< can= res< res= answ note pick rele hand mrk< mrk= conf rota ownr owne othe vol? org?
  matrix = {
    "anonymous visitor" => %w[N N N N N N N N N N N N N N N N N N N],
    "anonymous-posting account" => %w[N N N N N N N N N N N N N N N N N N N],
    "new user below the trust level" => %w[N N N N N N N N N N N N N N N N N N N],
    "regular user" => %w[Y N N N N N N N N N N N N N N N N N N],
    "booker" => %w[Y Y N Y N Y N N N N N N N N N N N N N],
    "volunteer (booking pending)" => %w[Y N N N N N N Y N N N N N N Y Y N Y N],
    "holder" => %w[Y N N N N Y Y Y Y Y N Y N N Y Y N Y N],
    "other volunteer (picked by someone else)" => %w[Y N N N N N N Y N N N N N N Y Y N Y N],
    "organiser (group member)" => %w[Y Y Y Y Y Y Y N Y Y N Y Y Y N Y Y N Y],
    "staff" => %w[Y Y Y Y Y Y Y N Y Y N Y Y Y N Y Y N Y],
    "volunteer who is also the booker" => %w[Y Y N Y N Y N N N N N N N N Y Y N Y N],
  }

  it "covers every role and every action" do
    expect(matrix.keys).to eq(roles.keys)
    expect(matrix.values.map(&:size).uniq).to eq([actions.size])
  end

  matrix.each do |role, cells|
    user, booking = roles.fetch(role)

    context "as #{role}" do
      actions
        .keys
        .zip(cells)
        .each do |action, cell|
          allowed = cell == "Y"

          it "#{allowed ? "may" : "may not"} #{action}" do
            ask =
              ask_struct.new(
                policy: described_class.new(user: user, topic: topic, now: after_start),
                early: described_class.new(user: user, topic: topic, now: before_start),
                booking: booking,
                user_id: user && user[:id],
              )
            expect(actions.fetch(action).call(ask)).to be(allowed)
          end
        end
    end
  end

  describe "edges" do
    it "does not treat a nil holder as a match for a user without id" do
      policy =
        described_class.new(
          user: {
            id: nil,
            group_ids: [members_group],
          },
          topic: topic,
          now: after_start,
        )
      expect(policy.signed_in?).to be(false)
      expect(policy.holder?(pending)).to be(false)
    end

    it "has no organisers but staff when the topic has no organiser group" do
      no_group = topic.merge(organiser_group_id: nil)
      member = { id: 8, group_ids: [organisers_group], trust_level: 1 }
      expect(described_class.new(user: member, topic: no_group).organiser?).to be(false)
      expect(described_class.new(user: { id: 1, staff: true }, topic: no_group).organiser?).to be(
        true,
      )
    end

    it "lets nobody through the volunteer door when the topic has no volunteer groups" do
      no_groups = topic.merge(volunteer_group_ids: [])
      expect(
        described_class.new(
          user: {
            id: 5,
            group_ids: [members_group],
          },
          topic: no_groups,
        ).volunteer?,
      ).to be(false)
    end

    it "lets anyone signed in book when the minimum trust level is 0" do
      open_topic = topic.merge(min_trust_level: nil)
      expect(
        described_class.new(user: { id: 2, trust_level: 0 }, topic: open_topic).can_book?,
      ).to be(true)
    end

    it "never shows the outcome note to the booker, even one who organises" do
      organiser = { id: 8, group_ids: [organisers_group], trust_level: 1 }
      policy = described_class.new(user: organiser, topic: topic, now: after_start)
      expect(policy.can_see_outcome_note?(picked_up)).to be(true)
      expect(policy.can_see_outcome_note?(picked_up.merge(booker_id: 8))).to be(false)
      expect(policy.can_see_answers?(picked_up.merge(booker_id: 8))).to be(true)
    end

    it "defaults now to the clock" do
      policy = described_class.new(user: nil, topic: topic)
      expect(policy.now).to be_within(5).of(Time.now)
    end
  end
end
