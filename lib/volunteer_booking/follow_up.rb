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
  #   organiser's approval before they book again.
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
      booking[:status] == :claimed && booking[:outcome_nudges].to_i.zero? &&
        booking[:ends_at] + REMIND_AFTER <= now && booking[:ends_at] > now - STALE_AFTER
    end

    def self.overdue_for_organisers?(booking, now:)
      booking[:status] == :claimed && booking[:ends_at] + ORGANISERS_AFTER <= now
    end

    # no_show_starts: the starts of the booker's no-shows in the topic that
    # no organiser has excused. limit 0 switches the rule off.
    def self.needs_approval?(no_show_starts, limit:, days:, now:)
      return false if limit.to_i <= 0
      since = now - days * 86_400
      no_show_starts.count { |starts_at| starts_at > since && starts_at <= now } >= limit
    end
  end
end
