# frozen_string_literal: true

# The setting most database specs start from: a booking topic with a shift
# on Wednesday 3 March 2027 (09:00-17:00 UTC), a booker, a volunteer and
# that morning's 10:00. The lets are lazy, so a spec creates only the rows
# it uses.
RSpec.shared_context "with a Wednesday shift" do
  let(:wednesday) { Date.new(2027, 3, 3) }
  let(:booking_topic) { create_booking_topic }
  let(:shift) { create_shift(booking_topic, wednesday) }
  let(:booker) { create_user("bea") }
  let(:volunteer) { create_user("ana") }
  let(:ten) { at(wednesday, "10:00") }
end
