# frozen_string_literal: true

module VolunteerBooking
  # What the plugin undoes when an account goes (deleted or anonymised) or a
  # volunteer leaves a volunteer group; Lifecycle decides which bookings.
  # Every step only acts on what is still to undo, so running it again, or
  # from the daily catch-up (catch_up), changes nothing more.
  #
  # As a booker: the bookings stay (status, times: the counts organisers
  # see) but lose their intake answers, in the table and in the first post
  # of each booking's private message; the ones still to come are cancelled
  # (Cancellation), so no volunteer waits for a person who is not there and
  # their places are open again; the announcements are refreshed, so they
  # no longer name them; no follow-up goes to them (follow_ups_stopped_at).
  # As a volunteer: the sessions still to come are given back to the queue
  # (Release), and the link to their own video call is deleted. Either way the plugin's notifications stop naming them.
  # Booking requests go the same way: a requester's are withdrawn and lose
  # their note, answers and requester; a taker's go back to being open
  # (only those of topics they no longer volunteer for, when they left a
  # group).
  # Booking and request rows are never deleted.
  module AccountCleanUp
    # user_id and username of an account anonymised (username is then the
    # new one) or deleted (its row is already gone).
    def self.user_gone(user_id, username: nil)
      booking_ids =
        Booking.where(booker_id: user_id).or(Booking.where(holder_id: user_id)).pluck(:id)
      booker_gone(user_id)
      requester_gone(user_id)
      release(user_id, group_ids: nil)
      give_back_requests(user_id)
      VolunteerProfile.where(user_id: user_id).delete_all
      Notifier.forget_name(user_id, username: username, booking_ids: booking_ids)
    end

    # A volunteer left group: the sessions they hold in topics none of
    # whose volunteer groups they are still in go back to the queue.
    def self.left_group(user, group)
      return if !BookingTopic.where("? = ANY(volunteer_group_ids)", group.id).exists?
      release(user.id, group_ids: ::GroupUser.where(user_id: user.id).pluck(:group_id), user: user)
      give_back_requests(user.id, user: user)
    end

    def self.booker_gone(user_id)
      now = Time.current
      answered = []
      announced = []
      cancelled =
        Booking.transaction do
          bookings =
            Booking.where(booker_id: user_id).includes(booking_topic: :topic).order(:id).lock.to_a
          answered = bookings.select { |booking| booking.answers.present? }
          announced = bookings.select(&:announcement_chat_message_id)
          Booking.where(id: answered.map(&:id)).update_all(answers: {}, updated_at: now)
          Booking.where(booker_id: user_id, follow_ups_stopped_at: nil).update_all(
            follow_ups_stopped_at: now,
            updated_at: now,
          )
          to_cancel =
            Lifecycle.to_cancel(plain(bookings), booker_id: user_id, now: now).map { |b| b[:id] }
          bookings
            .select { |booking| to_cancel.include?(booking.id) }
            .each { |booking| Cancellation.cancel!(booking, by_id: nil, reason: nil, now: now) }
        end
      answered.each { |booking| PrivateMessage.answers_removed(booking) }
      cancelled.each { |booking| Cancellation.follow_up(booking, gone_ids: [user_id]) }
      (announced - cancelled).each { |booking| Announcement.refresh(booking) }
    end

    # The requester's open and taken requests are withdrawn (their taker is
    # told), and every request of theirs forgets them, their note and their
    # answers.
    def self.requester_gone(user_id)
      requests = BookingRequest.where(requester_id: user_id)
      withdrawn =
        requests
          .active
          .pluck(:id)
          .filter_map { |id| BookingRequest.withdraw(id, now: Time.current) }
      requests.update_all(requester_id: nil, note: nil, answers: {}, updated_at: Time.current)
      withdrawn.each do |booking_request|
        RequestPrivateMessage.withdrawn(booking_request)
        RequestAnnouncement.refresh(booking_request.reload)
      end
    end

    # The requests a volunteer had taken are open again, announced anew:
    # all of them when their account went, else those of topics they are no
    # longer a volunteer of (user: the volunteer, who also leaves the
    # private messages).
    def self.give_back_requests(user_id, user: nil)
      BookingRequest
        .taken
        .where(taker_id: user_id)
        .pluck(:id)
        .each do |id|
          booking_request = BookingRequest.includes(booking_topic: :topic).find(id)
          next if user && PolicyFactory.for_user(user, booking_request.booking_topic).volunteer?
          given_back =
            BookingRequest.transaction do
              booking_request.lock!
              next false if !booking_request.taken_by?(user_id)
              booking_request.give_back!
            end
          next if !given_back
          RequestPrivateMessage.left(booking_request, from: user) if user
          RequestAnnouncement.retire(booking_request, given_back_by: nil)
          RequestAnnouncement.post(booking_request)
        end
    end

    # group_ids: nil when the account is gone. user: the volunteer, while
    # their account exists, to take them out of the private messages.
    def self.release(user_id, group_ids:, user: ::User.find_by(id: user_id))
      now = Time.current
      held =
        Booking
          .picked_up
          .where(holder_id: user_id)
          .where("starts_at > ?", now)
          .includes(:booking_topic)
      ids =
        Lifecycle
          .to_release(plain(held), volunteer_id: user_id, group_ids: group_ids, now: now)
          .map { |b| b[:id] }
      ids.each do |id|
        booking = Booking.includes(booking_topic: :topic).find(id)
        released =
          Booking.transaction do
            booking.lock!
            next false if !booking.can_be_released?(now) || booking.holder_id != user_id
            Release.release!(booking)
          end
        Release.follow_up(booking, from: user, by: nil) if released
      end
    end

    # Every booker and volunteer whose account went or who left the
    # volunteer groups while the plugin was off (its events are skipped
    # then), found from the plugin's own rows.
    def self.catch_up
      VolunteerProfile.where(user_id: gone_ids(VolunteerProfile.pluck(:user_id))).delete_all
      booker_ids =
        Booking
          .where("answers <> '{}'::jsonb")
          .or(Booking.active.where("starts_at > ?", Time.current))
          .or(
            Booking.where(
              status: %i[held no_show],
              follow_up_sent_at: nil,
              follow_ups_stopped_at: nil,
            ),
          )
          .distinct
          .pluck(:booker_id)
      gone_ids(booker_ids).each { |user_id| user_gone(user_id) }
      request_user_ids =
        BookingRequest.where.not(requester_id: nil).distinct.pluck(:requester_id) |
          BookingRequest.taken.distinct.pluck(:taker_id)
      gone_ids(request_user_ids).each { |user_id| user_gone(user_id) }

      holder_ids = Booking.picked_up.where("starts_at > ?", Time.current).distinct.pluck(:holder_id)
      gone = gone_ids(holder_ids)
      gone.each { |user_id| user_gone(user_id) }
      ::User
        .where(id: holder_ids - gone)
        .find_each do |user|
          release(
            user.id,
            group_ids: ::GroupUser.where(user_id: user.id).pluck(:group_id),
            user: user,
          )
        end
    end

    # Of user_ids, those deleted or anonymised.
    def self.gone_ids(user_ids)
      return [] if user_ids.empty?
      existing = ::User.where(id: user_ids).pluck(:id)
      anonymised =
        ::UserHistory
          .where(action: ::UserHistory.actions[:anonymize_user], target_user_id: existing)
          .distinct
          .pluck(:target_user_id)
      (user_ids - existing) | anonymised
    end

    def self.plain(bookings)
      bookings.map do |booking|
        {
          id: booking.id,
          status: booking.status.to_sym,
          booker_id: booking.booker_id,
          holder_id: booking.holder_id,
          starts_at: booking.starts_at,
          volunteer_group_ids: booking.booking_topic&.volunteer_group_ids,
        }
      end
    end

    private_class_method :booker_gone,
                         :requester_gone,
                         :give_back_requests,
                         :release,
                         :gone_ids,
                         :plain
  end
end
