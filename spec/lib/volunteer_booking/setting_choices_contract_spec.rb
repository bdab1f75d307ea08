# frozen_string_literal: true

require_relative "../../core_helper"

# Every case of contract/setting_choices.json, which the in-memory API
# follows too.
RSpec.describe VolunteerBooking::SettingChoices do
  contract = VolunteerBookingCoreSpec.contract("setting_choices")
  now = Time.utc(2026, 12, 7, 12)

  def expect_error(result, error)
    expect(result.error).to eq(error&.to_sym)
  end

  contract[:groups].each do |row|
    it "groups: #{row[:why]}" do
      result =
        described_class.check_groups(
          requested: row[:requested],
          stored: row[:stored],
          choosable: row[:choosable],
          automatic: contract[:automatic_group_ids],
        )
      expect_error(result, row[:error])
    end
  end

  contract[:chat_channel].each do |row|
    it "chat channel: #{row[:why]}" do
      result =
        described_class.check_chat_channel(
          requested: row[:requested],
          stored: row[:stored],
          choosable: row[:choosable],
        )
      expect_error(result, row[:error])
    end
  end

  contract[:organiser_kept].each do |row|
    it "organiser kept: #{row[:why]}" do
      user =
        { staff: false, trust_level: 1 }.merge(row[:user])
          .tap { |u| u[:group_ids] = u.delete(:groups) }
      result =
        described_class.check_organiser_kept(
          user: user,
          topic: {
            organiser_group_id: row[:organiser_group_id],
          },
          now: now,
        )
      expect_error(result, row[:error])
    end
  end
end
