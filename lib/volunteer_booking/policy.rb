# frozen_string_literal: true

module VolunteerBooking
  # Who may do what with a booking topic, its bookings and its rota.
  #
  # It answers "who" only, plus two time rules: outcomes can be marked once
  # the session has started, and from then on a booker can no longer cancel
  # or reschedule it (organisers still can, to tidy up after the fact).
  # Whether the booking is in a state that allows the action - e.g. only a
  # pending booking can be picked up, only a picked up one released - is the
  # services' business, because it must be re-checked under the row lock
  # anyway.
  #
  # user: nil for a visitor, or { id:, staff:, group_ids:, trust_level:,
  # anonymous: } where anonymous marks Discourse's anonymous-posting shadow
  # accounts, which are treated like visitors: a booking must lead back to a
  # person a volunteer can talk to.
  # topic: { volunteer_group_ids:, organiser_group_id:, min_trust_level: }.
  # booking: { booker_id:, holder_id:, starts_at: } (other keys are ignored).
  # Rota entries and time off: { user_id: }.
  #
  # Organisers are staff plus members of the topic's organiser group.
  # Volunteers are members of any of the topic's volunteer groups; being an
  # organiser does not make someone a volunteer, so an organiser who wants to
  # take chats joins a volunteer group like everyone else.
  class Policy
    attr_reader :now

    # now defaults to the clock for convenience; pass it wherever the answer
    # has to be reproducible (services, specs).
    def initialize(user:, topic:, now: nil)
      @user = user
      @now = now || Time.now
      @volunteer_group_ids = Array(topic[:volunteer_group_ids])
      @organiser_group_id = topic[:organiser_group_id]
      @min_trust_level = topic[:min_trust_level] || 0
    end

    def signed_in?
      !@user.nil? && @user[:anonymous] != true && !@user[:id].nil?
    end

    def staff?
      signed_in? && @user[:staff] == true
    end

    def organiser?
      return false unless signed_in?
      staff? || (!@organiser_group_id.nil? && group_ids.include?(@organiser_group_id))
    end

    def volunteer?
      signed_in? && group_ids.intersect?(@volunteer_group_ids)
    end

    def booker?(booking)
      signed_in? && booking[:booker_id] == user_id
    end

    def holder?(booking)
      signed_in? && !booking[:holder_id].nil? && booking[:holder_id] == user_id
    end

    # Staff pass any trust level, as with Discourse's User#has_trust_level?.
    def can_book?
      signed_in? && (staff? || @user[:trust_level].to_i >= @min_trust_level)
    end

    # A session under way belongs to the booker and the volunteer in it: the
    # booker cannot pull out of it or move it from under them.
    def can_cancel?(booking)
      organiser? || (booker?(booking) && !started?(booking))
    end

    def can_reschedule?(booking)
      organiser? || (booker?(booking) && !started?(booking))
    end

    def can_see_answers?(booking)
      in_booking?(booking)
    end

    # The call link is an open door to the call: for the two in it, and
    # organisers, who may have to step in or draw a fresh one.
    def can_see_call_link?(booking)
      in_booking?(booking)
    end

    # The .ics file carries the call link, so it goes where the link goes.
    def can_download_calendar?(booking)
      can_see_call_link?(booking)
    end

    # A fresh token is for a link that leaked: organisers decide that.
    def can_refresh_call_link?(_booking)
      organiser?
    end

    # The note on an outcome is for organisers, written by them or the
    # volunteer: never for the booker, even one who also organises.
    def can_see_outcome_note?(booking)
      !booker?(booking) && (holder?(booking) || organiser?)
    end

    # "How did it go?" is the booker's to answer, and to stop being asked.
    def can_give_feedback?(booking)
      booker?(booking)
    end

    # The answer is for organisers and the volunteer who held the session
    # (and the booker who gave it); other volunteers never see it.
    def can_see_feedback?(booking)
      in_booking?(booking)
    end

    # Lifting the approval repeated no-shows brought is the organisers' call.
    def can_excuse_no_show?(_booking)
      organiser?
    end

    # Also the test for the receiving end of a hand-over: build a Policy for
    # the volunteer it is handed to and ask them.
    def can_pick_up?(booking)
      volunteer? && !booker?(booking)
    end

    def can_release?(booking)
      holder?(booking) || organiser?
    end

    def can_hand_over?(booking)
      holder?(booking) || organiser?
    end

    # Held / no-show cannot be known before the session starts.
    def can_mark_outcome?(booking)
      (holder?(booking) || organiser?) && started?(booking)
    end

    def can_configure?
      organiser?
    end

    # Built with no booking topic, for all of them together: staff only.
    def can_see_stats?
      organiser?
    end

    def can_edit_rota?
      organiser?
    end

    # Only volunteers go on the rota, so only they manage their own entries;
    # organisers manage everyone's (and the service must check that the
    # person they add is a volunteer).
    def can_edit_own_rota?
      volunteer?
    end

    def can_edit_rota_entry?(entry)
      organiser? || (volunteer? && entry[:user_id] == user_id)
    end

    private

    def in_booking?(booking)
      booker?(booking) || holder?(booking) || organiser?
    end

    def started?(booking)
      now >= booking.fetch(:starts_at)
    end

    def user_id
      @user[:id]
    end

    def group_ids
      Array(@user[:group_ids])
    end
  end
end
