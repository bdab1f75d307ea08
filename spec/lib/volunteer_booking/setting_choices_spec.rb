# frozen_string_literal: true

require_relative "../../core_helper"

RSpec.describe VolunteerBooking::SettingChoices do
  let(:automatic) { [0, 10, 11, 12, 13, 14] }

  describe ".check_groups" do
    def check(requested, stored: [], choosable: [5, 6])
      described_class.check_groups(requested:, stored:, choosable:, automatic:)
    end

    it "accepts groups the organiser may choose, and none" do
      expect(check([5, 6])).to be_ok
      expect(check([])).to be_ok
    end

    it "refuses a group the organiser may not choose, as if it did not exist" do
      result = check([5, 7])
      expect(result.error).to eq(:group_unknown)
      expect(VolunteerBookingCoreSpec.translate(result)).to include("choose")
    end

    it "keeps a group already stored that the organiser could not pick" do
      expect(check([7, 5], stored: [7])).to be_ok
    end

    it "refuses everyone and the trust level groups, even when already stored" do
      [0, 10, 14].each do |id|
        expect(check([5, id], choosable: [5, id], stored: [id]).error).to eq(:group_automatic)
      end
      expect(VolunteerBookingCoreSpec.translate(check([0]))).to include("trust level")
    end

    it "names the automatic refusal before the unknown one" do
      expect(check([99, 0]).error).to eq(:group_automatic)
    end
  end

  describe ".check_chat_channel" do
    def check(requested, stored: nil, choosable: [3])
      described_class.check_chat_channel(requested:, stored:, choosable:)
    end

    it "accepts no channel, a choosable one, and the one already stored" do
      expect(check(nil)).to be_ok
      expect(check(3)).to be_ok
      expect(check(9, stored: 9)).to be_ok
    end

    it "refuses any other channel, as if it did not exist" do
      result = check(9, stored: 8)
      expect(result.error).to eq(:channel_unknown)
      expect(VolunteerBookingCoreSpec.translate(result)).to include("post in")
    end
  end

  describe ".check_organiser_kept" do
    let(:now) { Time.utc(2026, 12, 7, 12) }
    let(:member) { { id: 7, staff: false, group_ids: [40], trust_level: 2 } }

    def check(user, organiser_group_id)
      described_class.check_organiser_kept(user:, topic: { organiser_group_id: }, now:)
    end

    it "accepts settings that keep the person saving them an organiser" do
      expect(check(member, 40)).to be_ok
    end

    it "refuses settings that would lock a non-staff organiser out" do
      [nil, 41].each do |group_id|
        result = check(member, group_id)
        expect(result.error).to eq(:organiser_lockout)
        expect(VolunteerBookingCoreSpec.translate(result)).to include("organiser group")
      end
    end

    it "lets staff set any organiser group, or none" do
      staff = member.merge(staff: true, group_ids: [])
      expect(check(staff, nil)).to be_ok
      expect(check(staff, 41)).to be_ok
    end
  end
end
