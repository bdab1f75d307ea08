# frozen_string_literal: true

module VolunteerBooking
  # Who may do what with a booking request. A request is its requester's
  # and its taker's as a booking is its booker's and its holder's, so each
  # answer is the topic's Policy asked in those terms; like the Policy it
  # answers "who" only, and the services check the request's state under
  # its row lock.
  #
  # request: { requester_id:, taker_id: } (other keys are ignored).
  class RequestPolicy
    def initialize(policy)
      @policy = policy
    end

    # The requester, the topic's volunteers (to offer a time) and organisers.
    def can_see?(request)
      requester?(request) || @policy.volunteer? || @policy.organiser?
    end

    # The note and answers: as a booking's answers, for the two in it and
    # organisers.
    def can_see_details?(request)
      @policy.can_see_answers?(as_booking(request))
    end

    # The topic's guide for volunteers, for the one who has the request.
    def can_see_guide?(request)
      @policy.holder?(as_booking(request))
    end

    def can_take?(request)
      @policy.can_pick_up?(as_booking(request))
    end

    def can_give_back?(request)
      @policy.holder?(as_booking(request))
    end

    def can_schedule?(request)
      @policy.holder?(as_booking(request))
    end

    def can_withdraw?(request)
      requester?(request)
    end

    # Organisers hand it to a volunteer, who must be one of the topic's:
    # ask the Policy of that volunteer can_take?.
    def can_reassign?(_request)
      @policy.organiser?
    end

    # The organisers' list of a topic's requests.
    def can_list?
      @policy.organiser?
    end

    private

    def requester?(request)
      @policy.booker?(as_booking(request))
    end

    def as_booking(request)
      { booker_id: request[:requester_id], holder_id: request[:taker_id] }
    end
  end
end
