# frozen_string_literal: true

require_relative "../../core_helper"
require_relative "../../policy_contract"

# Every case of contract/policy.json, which the in-memory API follows too.
RSpec.describe VolunteerBooking::Policy do
  it "asks every question the Policy answers" do
    answered =
      described_class.public_instance_methods(false).map { |name| name.to_s.delete_suffix("?") }
    expect(PolicyContract.policy_cases.map(&:ask).uniq).to match_array(answered - ["now"])
  end

  PolicyContract.policy_cases.each do |policy_case|
    it policy_case.to_s do
      policy =
        described_class.new(
          user: PolicyContract.user(policy_case.user),
          topic: PolicyContract.topic(policy_case.topic),
          now: PolicyContract.now,
        )
      answer = policy.public_send("#{policy_case.ask}?", *PolicyContract.arguments(policy_case))
      expect(answer).to be(policy_case.allowed)
    end
  end
end
