# frozen_string_literal: true

module VolunteerBooking
  # The one home of giving a picked-up booking back to the queue, whoever
  # does it: the volunteer or an organiser (ReleaseBooking), or the plugin
  # when the volunteer can no longer hold it (AccountCleanUp: their account
  # went, or they left the topic's volunteer groups). The state change runs
  # in the caller's transaction on the locked row, with the GiveBack the
  # stats count; what follows runs once that has committed, the same for
  # every path: the volunteer leaves the private message, which tells the
  # booker a new volunteer will pick it up (and, in "the volunteer's own
  # link" mode, that the link went with the volunteer), open pages reload
  # (LiveUpdates), and the booking is announced again in chat.
  module Release
    # Call it holding the row lock, having seen the booking picked up. In "the
    # volunteer's own link" mode the volunteer's link goes with them.
    def self.release!(booking)
      GiveBack.record!(booking, :released)
      booking.update!(status: :pending, holder_id: nil, picked_up_at: nil)
      booking.take_holders_call_link!
      true
    end

    # from: the volunteer who held it (nil once their account is gone);
    # by: who gave it back, nil when the volunteer lost access.
    def self.follow_up(booking, from:, by:)
      PrivateMessage.released(booking, from: from, lost_access: by.nil?)
      Announcement.retire(booking, released_by: by)
      LiveUpdates.booking_changed(booking, :released)
      return if !ChatBridge.channel?(booking.booking_topic)
      Jobs.enqueue(::Jobs::VolunteerBooking::AnnounceBooking, booking_id: booking.id)
    end
  end
end
