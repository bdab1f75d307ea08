# frozen_string_literal: true

require_relative "../../core_helper"

# Every case of contract/shift_overlap.json, which the in-memory API follows
# too.
RSpec.describe VolunteerBooking::ShiftOverlap do
  contract = VolunteerBookingCoreSpec.contract("shift_overlap")
  from = Date.iso8601(contract[:from])

  contract[:cases].each do |row|
    it row[:why] do
      shift = row[:shift].merge(id: 1)
      other = row[:other].merge(id: 2)
      expect(described_class.overlap?(shift, other, from: from)).to be(row[:overlap])
      expect(described_class.overlap?(other, shift, from: from)).to be(row[:overlap])
    end
  end
end
