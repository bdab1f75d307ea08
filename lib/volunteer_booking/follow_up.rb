# frozen_string_literal: true

module VolunteerBooking
  # What happens after a session, on plain data, so the job, the services
  # and their specs ask the same questions:
  # - a session marked held gets a thank-you with the topic's next steps
  #   and "How did it go?"; one marked no-show gets a kind note with a link
  #   to book again; either goes follow_up_hours after it was marked, once;
  # - a picked-up session still without an outcome REMIND_AFTER its end
  #   gets one reminder to the volunteer holding it; from ORGANISERS_AFTER
  #   organisers see it as overdue;
  # - a booker with no_show_limit no-shows in no_show_days needs an
  #   organiser's approval before they book again (contract/booking_rules.json,
  #   no_show_rule, holds the in-memory API to the same cases).
  #
  # A booking here is a hash: { status: (symbol), ends_at:,
  # outcome_marked_at:, follow_up_sent_at:, outcome_nudges: }.
  # The booker is { gone:, stopped: }: their account is deleted or
  # anonymised; they opted out in this topic (or went). The topic is
  # { paused:, follow_ups_paused: }.
  module FollowUp
    ANSWERS = %w[helpful somewhat not_really].freeze
    COMMENT_MAX_LENGTH = Limits.length(:feedback_comment)
    NEXT_STEPS_MAX_LENGTH = Limits.length(:next_steps)
    HOURS = Limits.range(:follow_up_hours)
    REMIND_AFTER = 24 * 3600
    ORGANISERS_AFTER = 72 * 3600
    # Older than this, a session gets no follow-up or reminder: a message
    # a week late helps nobody, and turning the plugin on must not write
    # to everyone about their past sessions.
    STALE_AFTER = 7 * 86_400
    KINDS = { held: :thanks, no_show: :no_show }.freeze
    Result = BookingRules::Result

    # :thanks or :no_show, or nil for a session with no outcome.
    def self.kind(booking)
      KINDS[booking[:status]]
    end

    def self.due_at(booking, hours:)
      booking[:outcome_marked_at] + hours * 3600 if kind(booking) && booking[:outcome_marked_at]
    end

    # Why no follow-up goes, or nil when one may: each reason stops it for
    # good except a paused topic's, which holds it until the topic resumes
    # or the organiser unticks "no follow-ups".
    def self.stop_reason(booking, booker:, topic:)
      return :sent if booking[:follow_up_sent_at]
      return :no_outcome if kind(booking).nil?
      return :booker_gone if booker[:gone]
      return :opted_out if booker[:stopped]
      :paused if topic[:paused] && topic[:follow_ups_paused]
    end

    def self.due?(booking, booker:, topic:, hours:, now:)
      return false if !stop_reason(booking, booker: booker, topic: topic).nil?
      booking[:outcome_marked_at] > now - STALE_AFTER && due_at(booking, hours: hours) <= now
    end

    # The volunteer holding it is reminded once.
    def self.remind_holder?(booking, now:)
      booking[:status] == :picked_up && booking[:outcome_nudges].to_i.zero? &&
        booking[:ends_at] + REMIND_AFTER <= now && booking[:ends_at] > now - STALE_AFTER
    end

    def self.overdue_for_organisers?(booking, now:)
      booking[:status] == :picked_up && booking[:ends_at] + ORGANISERS_AFTER <= now
    end

    # Whether the booker's next booking in topic_id needs an organiser's
    # approval: Result.failure(:needs_approval, count:, days:) with the
    # no-shows that count, or Result.ok. no_shows are the booker's, each
    # { topic_id:, starts_at:, excused: }; only those in this topic, not
    # excused by an organiser and started in the `days` before now count
    # (one exactly `days` ago has just dropped out). limit 0 switches the
    # rule off.
    def self.approval_check(no_shows, topic_id:, limit:, days:, now:)
      return Result.ok if limit.to_i <= 0
      since = now - days * 86_400
      count =
        no_shows.count do |no_show|
          no_show[:topic_id] == topic_id && !no_show[:excused] && no_show[:starts_at] > since &&
            no_show[:starts_at] <= now
        end
      return Result.ok if count < limit
      Result.failure(:needs_approval, count:, days:)
    end
  end
end
