# frozen_string_literal: true

require_relative "../../core_helper"

RSpec.describe VolunteerBooking::FriendsPlan do
  let(:changes) do
    [
      { type: "create_group", name: "friends", full_name: "Friends" },
      { type: "allow_chat" },
      {
        type: "open_category",
        category_id: 7,
        category_name: "Members",
        read_restricted: true,
        permissions: [{ group_name: "members", permission: "full" }],
      },
      {
        type: "open_category",
        category_id: 9,
        category_name: "Clinic",
        read_restricted: true,
        permissions: [],
      },
    ]
  end
  let(:digest) { described_class.digest(changes) }

  def confirm(category_ids, plan: changes, sent: digest)
    described_class.confirm(changes: plan, digest: sent, category_ids:)
  end

  it "gives a stable digest that any change to the plan alters" do
    expect(digest).to eq(described_class.digest(changes.map(&:dup)))
    expect(digest).to match(/\A\h{64}\z/)
    changed = Marshal.load(Marshal.dump(changes))
    changed[2][:permissions] << { group_name: "everyone", permission: "readonly" }
    expect(described_class.digest(changed)).not_to eq(digest)
    expect(described_class.digest(changes.first(3))).not_to eq(digest)
  end

  it "opens the confirmed categories, in the plan's order, and no others" do
    expect(confirm([9, 7]).value).to eq([7, 9])
    expect(confirm([9]).value).to eq([9])
    expect(confirm([]).value).to eq([])
  end

  it "refuses when the plan changed since the admin saw it" do
    changed = Marshal.load(Marshal.dump(changes))
    changed[3][:permissions] << { group_name: "staff", permission: "full" }
    result = confirm([7], plan: changed)
    expect(result.error).to eq(:plan_changed)
    expect(VolunteerBookingCoreSpec.translate(result)).to include("changed")
  end

  it "refuses a digest that is missing or made up" do
    expect(confirm([7], sent: "").error).to eq(:plan_changed)
    expect(confirm([7], sent: "0" * 64).error).to eq(:plan_changed)
  end

  it "refuses a category that is not in the plan" do
    expect(confirm([7, 11]).error).to eq(:plan_changed)
  end
end
