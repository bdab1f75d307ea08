# frozen_string_literal: true

module VolunteerBooking
  # What happens to booking requests nobody takes, run hourly by
  # Jobs::VolunteerBooking::CloseBookingRequests, as Escalation does for
  # bookings nobody picks up:
  # 1. open for the topic's request_expiry_days -> expired, the requester
  #    gets a kind private message pointing back to the topic, the chat
  #    message says so;
  # 2. open for volunteer_booking_escalate_to_rota_after_hours -> a reply to
  #    its chat message asks the volunteers again, once.
  # Each fires at most once per request: a conditional UPDATE decides, and
  # only the run whose update changed the row acts.
  module RequestExpiry
    BATCH = 200

    def self.run(now: Time.current)
      expire(now)
      escalate(now)
    end

    def self.expire(now)
      BookingRequest
        .due_to_expire(now)
        .order(:created_at)
        .limit(BATCH)
        .pluck(:id)
        .each do |id|
          next if !BookingRequest.expire(id, now: now)
          booking_request = fetch(id)
          RequestPrivateMessage.expired(booking_request)
          RequestAnnouncement.refresh(booking_request)
        end
    end

    def self.escalate(now)
      hours = SiteSetting.volunteer_booking_escalate_to_rota_after_hours
      BookingRequest
        .open
        .where(rota_escalated_at: nil)
        .where("created_at <= ?", now - hours.hours)
        .order(:created_at)
        .limit(BATCH)
        .pluck(:id)
        .each do |id|
          marked =
            BookingRequest
              .open
              .where(id: id, rota_escalated_at: nil)
              .update_all(rota_escalated_at: now, updated_at: now)
          RequestAnnouncement.escalate(fetch(id), hours: hours) if marked == 1
        end
    end

    def self.fetch(id)
      BookingRequest.includes(:requester, :taker, booking_topic: :topic).find(id)
    end

    private_class_method :expire, :escalate, :fetch
  end
end
