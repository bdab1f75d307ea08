# frozen_string_literal: true

module VolunteerBooking
  # What happens to bookings nobody picks up, run every few minutes by
  # Jobs::VolunteerBooking::EscalateBookings:
  # 1. started and still pending -> cancelled as "not picked up" (expired_at),
  #    the booker gets an apology, the announcement says so;
  # 2. pending and starting within volunteer_booking_escalate_to_organisers_before_hours
  #    -> the members of the topic's organiser group are notified;
  # 3. pending for volunteer_booking_escalate_to_rota_after_hours since it was
  #    made -> the volunteers on the rota for it are @mentioned in the chat
  #    channel (notified instead when the topic has no channel).
  # Each fires at most once per booking: a conditional UPDATE marks the
  # booking first (…_at IS NULL, still pending), and only the run whose
  # update changed the row acts, even if two runs overlap. Cancelled and
  # picked-up bookings are not pending, so they are skipped by construction.
  module Escalation
    BATCH = 200
    MAX_ORGANISERS = 100

    def self.run(now: Time.current)
      expire(now)
      alert_organisers(now)
      remind_rota(now)
    end

    def self.expire(now)
      ids =
        pending.where("starts_at <= ?", now).where(expired_at: nil).order(:starts_at).limit(BATCH)
      ids.pluck(:id).each { |id| Cancellation.follow_up(fetch(id)) if Booking.expire(id, now: now) }
    end

    def self.alert_organisers(now)
      hours = SiteSetting.volunteer_booking_escalate_to_organisers_before_hours
      scope =
        pending
          .where(organisers_escalated_at: nil)
          .where("starts_at > ? AND starts_at <= ?", now, now + hours.hours)
          .order(:starts_at)
          .limit(BATCH)
      scope
        .pluck(:id)
        .each do |id|
          next if !mark(id, :organisers_escalated_at, now)
          booking = fetch(id)
          organisers(booking).each do |organiser|
            SideEffect.safely("alerting organiser #{organiser.id} of booking #{id}") do
              Notifier.notify(
                organiser,
                :still_pending,
                booking: booking,
                display_username: booking.booker || booking.topic&.title,
              )
            end
          end
        end
    end

    def self.remind_rota(now)
      hours = SiteSetting.volunteer_booking_escalate_to_rota_after_hours
      scope =
        pending
          .where(rota_escalated_at: nil)
          .where("created_at <= ?", now - hours.hours)
          .where("starts_at > ?", now)
          .order(:created_at)
          .limit(BATCH)
      scope
        .pluck(:id)
        .each do |id|
          next if !mark(id, :rota_escalated_at, now)
          booking = fetch(id)
          volunteers = OnDuty.volunteers(booking)
          if ChatBridge.channel?(booking.booking_topic)
            Announcement.escalate(booking, volunteers, hours: hours)
          else
            volunteers.each do |volunteer|
              SideEffect.safely("reminding volunteer #{volunteer.id} of booking #{id}") do
                Notifier.notify(
                  volunteer,
                  :still_pending,
                  booking: booking,
                  display_username: booking.booker || booking.topic&.title,
                )
              end
            end
          end
        end
    end

    def self.pending
      Booking.where(status: Booking.statuses[:pending])
    end

    # True for the one run that set the column.
    def self.mark(id, column, now)
      pending.where(:id => id, column => nil).update_all(column => now, :updated_at => now) == 1
    end

    def self.fetch(id)
      Booking.includes(:booker, :holder, booking_topic: :topic).find(id)
    end

    def self.organisers(booking)
      group_id = booking.booking_topic&.organiser_group_id
      return [] if group_id.nil?
      ::User
        .human_users
        .where(id: ::GroupUser.where(group_id: group_id).select(:user_id))
        .order(:id)
        .limit(MAX_ORGANISERS)
        .to_a
    end

    private_class_method :pending, :mark, :fetch, :organisers
  end
end
