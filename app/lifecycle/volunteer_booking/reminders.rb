# frozen_string_literal: true

module VolunteerBooking
  # Reminders before a session, to the booker and, once it is picked up,
  # the volunteer: notifications, or, once the booking has a call link and
  # a private message, one post there that gives the link. A notification
  # never carries a link (Notifier), and the message reaches only the two
  # of them and organisers, each notified of it as of any reply. One
  # Sidekiq job per booking and lead time (volunteer_booking_reminder_hours,
  # e.g. "24|1"), scheduled when the booking is made or moved and cancelled
  # when it is cancelled or moved.
  #
  # Cancelling scheduled jobs is best effort (it scans Sidekiq's scheduled
  # set), so a job also checks, when it runs, that its booking is still
  # active and still starts when the job was told: a job for a cancelled or
  # moved booking does nothing.
  module Reminders
    JOB_NAME = "volunteer_booking/send_reminder"

    # The configured lead times in whole hours, largest first; anything
    # that is not a positive integer is ignored.
    def self.lead_hours
      SiteSetting
        .volunteer_booking_reminder_hours
        .to_s
        .split("|")
        .filter_map { |value| Integer(value.strip, 10, exception: false) }
        .select(&:positive?)
        .uniq
        .sort
        .reverse
    end

    # Enqueues the reminders whose time has not passed yet.
    def self.schedule(booking, now: Time.current)
      return if !booking.active?
      lead_hours.each do |lead|
        remind_at = booking.starts_at - lead.hours
        next if remind_at <= now
        Jobs.enqueue_at(
          remind_at,
          ::Jobs::VolunteerBooking::SendReminder,
          booking_id: booking.id,
          hours: lead,
          starts_at: booking.starts_at.utc.iso8601,
        )
      end
    end

    def self.cancel(booking)
      Jobs.cancel_scheduled_job(JOB_NAME, booking_id: booking.id)
    end

    def self.reschedule(booking)
      cancel(booking)
      schedule(booking)
    end

    # Run by the job: notifies the booker and the holder, unless the booking
    # is gone, no longer active, has started, or was moved since the job was
    # scheduled (starts_at: the ISO 8601 start the job was scheduled for).
    def self.deliver(booking_id:, starts_at:, hours: nil)
      booking = Booking.includes(:booker, :holder, booking_topic: :topic).find_by(id: booking_id)
      return if booking.nil? || !booking.active? || booking.starts_at <= Time.current
      return if booking.starts_at.to_i != parse_time(starts_at)&.to_i
      topic = booking.topic
      return if topic.nil?
      return if hours && booking.call_link && PrivateMessage.reminder(booking, hours: hours)

      notify(booking.booker, other: booking.holder, booking: booking, topic: topic, hours: hours)
      return if !booking.picked_up?
      notify(booking.holder, other: booking.booker, booking: booking, topic: topic, hours: hours)
    end

    # The other person is named; before a pick-up, the booking topic is.
    def self.notify(user, other:, booking:, topic:, hours:)
      Notifier.notify(
        user,
        :reminder,
        booking: booking,
        display_username: other || topic.title,
        topic: topic,
        hours: hours,
      )
    end

    def self.parse_time(value)
      Time.iso8601(value.to_s)
    rescue ArgumentError
      nil
    end

    private_class_method :notify, :parse_time
  end
end
