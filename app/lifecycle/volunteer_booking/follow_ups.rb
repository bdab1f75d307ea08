# frozen_string_literal: true

module VolunteerBooking
  # What happens after a session, run every few minutes by
  # Jobs::VolunteerBooking::FollowUpSessions (the rules are FollowUp's):
  # 1. marked held or no-show, follow_up_hours ago -> a reply in the
  #    booking's private message: thanks, the topic's next steps and "How
  #    did it go?", or a kind note with a link to book again;
  # 2. picked up, over for a day and still unmarked -> the volunteer
  #    holding it is reminded once (outcome_nudges).
  # Each fires at most once per booking: a conditional UPDATE marks the
  # booking first and only the run whose update changed the row acts, even
  # if two runs overlap. A booker who opted out or whose account went gets
  # follow_ups_stopped_at instead, so the scan passes them by from then on.
  # Sessions marked or ended more than FollowUp::STALE_AFTER ago are left
  # alone, so switching the plugin on writes to nobody about old sessions.
  module FollowUps
    BATCH = 200

    def self.run(now: Time.current)
      follow_up(now)
      remind_holders(now)
    end

    def self.follow_up(now)
      Booking
        .where(status: [Booking.statuses[:held], Booking.statuses[:no_show]])
        .where(follow_up_sent_at: nil, follow_ups_stopped_at: nil)
        .where("outcome_marked_at > ?", now - FollowUp::STALE_AFTER)
        .joins(:booking_topic)
        .where(
          "outcome_marked_at + volunteer_booking_topics.follow_up_hours * INTERVAL '1 hour' <= ?",
          now,
        )
        .where.not(volunteer_booking_topics: { paused: true, follow_ups_paused: true })
        .order(:outcome_marked_at)
        .limit(BATCH)
        .pluck(:id)
        .each { |id| follow_up_one(fetch(id), now) }
    end

    def self.follow_up_one(booking, now)
      booker = { gone: booking.booker.nil?, stopped: stopped?(booking) }
      topic = booking.booking_topic.follow_up_attributes
      attributes = booking.follow_up_attributes
      reason = FollowUp.stop_reason(attributes, booker: booker, topic: topic)
      if %i[booker_gone opted_out].include?(reason)
        mark(booking.id, :follow_ups_stopped_at, now)
      elsif FollowUp.due?(
            attributes,
            booker:,
            topic:,
            hours: booking.booking_topic.follow_up_hours,
            now:,
          )
        PrivateMessage.follow_up(booking) if mark(booking.id, :follow_up_sent_at, now)
      end
    end

    def self.remind_holders(now)
      Booking
        .picked_up
        .where(outcome_nudges: 0)
        .where(
          "ends_at <= ? AND ends_at > ?",
          now - FollowUp::REMIND_AFTER,
          now - FollowUp::STALE_AFTER,
        )
        .order(:ends_at)
        .limit(BATCH)
        .pluck(:id)
        .each do |id|
          next if !nudge(id, now)
          booking = fetch(id)
          SideEffect.safely("reminding the holder of booking #{id} of its outcome") do
            Notifier.notify(
              booking.holder,
              :outcome_reminder,
              booking: booking,
              display_username: booking.booker || booking.topic&.title,
            )
          end
        end
    end

    # The booker opted out in this topic, from this booking's message or an
    # earlier one's.
    def self.stopped?(booking)
      Booking
        .where(booking_topic_id: booking.booking_topic_id, booker_id: booking.booker_id)
        .where.not(follow_ups_stopped_at: nil)
        .exists?
    end

    # True for the one run that set the column.
    def self.mark(id, column, now)
      Booking.where(id: id, follow_up_sent_at: nil, follow_ups_stopped_at: nil).update_all(
        column => now,
        :updated_at => now,
      ) == 1
    end

    def self.nudge(id, now)
      Booking
        .picked_up
        .where(id: id, outcome_nudges: 0)
        .update_all(["outcome_nudges = outcome_nudges + 1, updated_at = ?", now]) == 1
    end

    def self.fetch(id)
      Booking.includes(:booker, :holder, booking_topic: :topic).find(id)
    end

    private_class_method :follow_up,
                         :follow_up_one,
                         :remind_holders,
                         :stopped?,
                         :mark,
                         :nudge,
                         :fetch
  end
end
