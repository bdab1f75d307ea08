# frozen_string_literal: true

module VolunteerBooking
  # What happens to a booker's bookings when their account goes.
  #
  # Anonymised: the bookings stay (status, times: the counts organisers see)
  # but lose their intake answers.
  # Deleted: the same, and the ones still to come are cancelled, so no
  # volunteer is sent to a chat with a person who is no longer there and
  # their places are open again. Rows are never deleted.
  module BookerPrivacy
    def self.forget_answers(user_id)
      Booking.where(booker_id: user_id).update_all(answers: {}, updated_at: Time.current)
    end

    def self.user_destroyed(user_id)
      now = Time.current
      cancelled =
        ActiveRecord::Base.transaction do
          forget_answers(user_id)
          upcoming = Booking.active.where(booker_id: user_id).where("starts_at > ?", now)
          upcoming.lock.to_a.each do |booking|
            Cancellation.cancel!(booking, by_id: nil, reason: nil, now: now)
          end
        end
      cancelled.each { |booking| Cancellation.follow_up(booking, gone_ids: [user_id]) }
    end
  end
end
