# frozen_string_literal: true

# A booking topic with one organiser group and one volunteer group, a
# Wednesday 13:00-17:00 London shift, and the clock stopped on Tuesday
# 1 December 2026 at noon UTC (so Wednesday 2 December is tomorrow).
RSpec.shared_context "with a volunteer booking topic" do
  fab!(:organisers, :group)
  fab!(:volunteers, :group)
  fab!(:organiser, :user)
  fab!(:volunteer, :user)
  fab!(:other_volunteer, :user)
  fab!(:outsider, :user)
  fab!(:booking_topic) do
    Fabricate(
      :volunteer_booking_topic,
      volunteer_group_ids: [volunteers.id],
      organiser_group_id: organisers.id,
    )
  end
  fab!(:shift) { Fabricate(:volunteer_booking_shift, booking_topic:) }

  let(:wednesday) { Date.new(2026, 12, 2) }

  before do
    enable_current_plugin
    freeze_time(Time.utc(2026, 12, 1, 12))
    organisers.add(organiser)
    volunteers.add(volunteer)
    volunteers.add(other_volunteer)
  end
end
