# frozen_string_literal: true

module VolunteerBooking
  # A volunteer gave a picked-up booking back: released it to the queue
  # (themselves, an organiser, or the plugin when they lost access) or
  # handed it to another volunteer. Written in the transaction that changes
  # the booking, so the stats' "given back" never misses one.
  class GiveBack < ActiveRecord::Base
    self.table_name = "volunteer_booking_give_backs"

    KINDS = { released: 0, handed_over: 1 }.freeze

    enum :kind, KINDS

    belongs_to :booking, class_name: "VolunteerBooking::Booking"

    # Call it before the booking changes hands, while holder_id is still
    # the volunteer giving it back.
    def self.record!(booking, kind)
      create!(
        booking_id: booking.id,
        booking_topic_id: booking.booking_topic_id,
        starts_at: booking.starts_at,
        user_id: booking.holder_id,
        kind: kind,
      )
    end
  end
end
