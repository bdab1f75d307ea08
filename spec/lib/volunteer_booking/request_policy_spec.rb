# frozen_string_literal: true

require_relative "../../core_helper"

RSpec.describe VolunteerBooking::RequestPolicy do
  volunteers = 20
  organisers = 30
  topic = { volunteer_group_ids: [volunteers], organiser_group_id: organisers, min_trust_level: 0 }
  taken = { requester_id: 4, taker_id: 6 }
  open = { requester_id: 4, taker_id: nil }

  users = {
    visitor: nil,
    stranger: {
      id: 3,
      staff: false,
      group_ids: [],
      trust_level: 1,
    },
    requester: {
      id: 4,
      staff: false,
      group_ids: [],
      trust_level: 1,
    },
    volunteer: {
      id: 5,
      staff: false,
      group_ids: [volunteers],
      trust_level: 1,
    },
    taker: {
      id: 6,
      staff: false,
      group_ids: [volunteers],
      trust_level: 1,
    },
    organiser: {
      id: 8,
      staff: false,
      group_ids: [organisers],
      trust_level: 1,
    },
    staff: {
      id: 1,
      staff: true,
      group_ids: [],
      trust_level: 0,
    },
    requesting_volunteer: {
      id: 4,
      staff: false,
      group_ids: [volunteers],
      trust_level: 1,
    },
  }

  # question => [the request asked about, who is allowed]
  expected = {
    can_see?: [taken, %i[requester volunteer taker organiser staff requesting_volunteer]],
    can_see_details?: [taken, %i[requester taker organiser staff requesting_volunteer]],
    can_see_guide?: [taken, %i[taker]],
    can_take?: [open, %i[volunteer taker]],
    can_give_back?: [taken, %i[taker]],
    can_schedule?: [taken, %i[taker]],
    can_withdraw?: [taken, %i[requester requesting_volunteer]],
    can_reassign?: [taken, %i[organiser staff]],
  }

  def policy_for(user, topic)
    described_class.new(VolunteerBooking::Policy.new(user:, topic:, now: Time.utc(2026, 3, 5)))
  end

  expected.each do |question, (request, allowed)|
    it "#{question} lets #{allowed.join(", ")} and nobody else" do
      answers =
        users.to_h { |name, user| [name, policy_for(user, topic).public_send(question, request)] }
      expect(answers.select { |_, answer| answer }.keys).to match_array(allowed)
    end
  end

  it "lists a topic's requests for its organisers only" do
    allowed = users.select { |_, user| policy_for(user, topic).can_list? }.keys
    expect(allowed).to contain_exactly(:organiser, :staff)
  end

  it "asks every question of its own" do
    expect(described_class.public_instance_methods(false) - [:can_list?]).to match_array(
      expected.keys,
    )
  end
end
