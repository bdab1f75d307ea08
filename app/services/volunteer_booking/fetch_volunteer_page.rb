# frozen_string_literal: true

module VolunteerBooking
  # The volunteer page, across every booking topic the viewer can see:
  # - sessions: the bookings they hold or held (picked up), latest first;
  # - queue: the first Page of VolunteerQueue, the pending bookings they
  #   could pick up (ListQueue gives the pages after);
  # - rota_entries: their weekly entries and dated ones from today, with
  #   the topic and shift;
  # - inactive_booking_topic_ids: the topics where they are flagged "No
  #   access" (RotaAccess), whose entries count toward no slot, so the page
  #   can tell them why;
  # - time_off: theirs that has not ended;
  # - call_link: their own video call's link (VolunteerProfile), or nil;
  # - requests: the booking requests they have taken, soonest to expire
  #   first, to set a time for;
  # - open_requests: the first OPEN_REQUESTS open requests in the topics
  #   where they are a volunteer (not their own), oldest first, to take
  #   from here when chat is off.
  # - notify_gaps: whether they are notified of gaps they could fill.
  class FetchVolunteerPage
    include Service::Base

    LIMIT = 100
    ROTA_LIMIT = 200
    OPEN_REQUESTS = Limits.count(:open_requests_shown)

    Contents =
      Struct.new(
        :sessions,
        :queue,
        :rota_entries,
        :inactive_booking_topic_ids,
        :time_off,
        :call_link,
        :requests,
        :open_requests,
        :notify_gaps,
        keyword_init: true,
      )

    policy :signed_in
    model :page, :build_page

    private

    def signed_in(guardian:)
      PolicyFactory.for(guardian, nil).signed_in?
    end

    def build_page(guardian:)
      user = guardian.user
      rota_entries = rota_entries(user, guardian)
      Contents.new(
        sessions: visible(sessions(user), guardian),
        queue: VolunteerQueue.page(guardian, nil),
        rota_entries: rota_entries,
        inactive_booking_topic_ids: inactive(rota_entries, user),
        time_off: time_off(user),
        call_link: VolunteerProfile.call_link_of(user.id),
        requests: visible(taken_requests(user), guardian),
        open_requests: visible(open_requests(user), guardian),
        notify_gaps: VolunteerProfile.notify_gaps?(user.id),
      )
    end

    def booking_requests
      BookingRequest.includes(:requester, :taker, booking_topic: :topic)
    end

    def taken_requests(user)
      booking_requests
        .taken
        .where(taker_id: user.id)
        .joins(:booking_topic)
        .order(
          Arel.sql(
            "volunteer_booking_requests.created_at + " \
              "volunteer_booking_topics.request_expiry_days * INTERVAL '1 day'",
          ),
          :id,
        )
        .limit(LIMIT)
    end

    def open_requests(user)
      group_ids = user.belonging_to_group_ids
      return BookingRequest.none if group_ids.empty?
      booking_requests
        .open
        .where(
          booking_topic_id:
            BookingTopic.where("volunteer_group_ids && ARRAY[?]::integer[]", group_ids).select(:id),
        )
        .where.not(requester_id: user.id)
        .order(:created_at, :id)
        .limit(OPEN_REQUESTS)
    end

    def bookings
      Booking.includes(:booker, :holder, :cancelled_by, booking_topic: :topic)
    end

    def sessions(user)
      bookings.where(holder_id: user.id).order(starts_at: :desc, id: :desc).limit(LIMIT)
    end

    def rota_entries(user, guardian)
      RotaEntry
        .includes(:user, shift: { booking_topic: :topic })
        .where(user_id: user.id)
        .where("on_date IS NULL OR on_date >= ?", TimeOff.today_for(user))
        .order(Arel.sql("on_date NULLS FIRST"), :id)
        .limit(ROTA_LIMIT)
        .select do |entry|
          topic = entry.shift&.booking_topic&.topic
          topic && guardian.can_see?(topic)
        end
    end

    def inactive(rota_entries, user)
      rota_entries
        .map { |entry| entry.shift.booking_topic }
        .uniq
        .select { |booking_topic| RotaAccess.flagged_ids(booking_topic, [user.id]).any? }
        .map(&:id)
    end

    def time_off(user)
      TimeOff
        .where(user_id: user.id)
        .where("ends_on >= ?", TimeOff.today_for(user))
        .order(:starts_on, :id)
        .to_a
    end

    def visible(bookings, guardian)
      bookings.select { |booking| booking.topic && guardian.can_see?(booking.topic) }
    end
  end
end
