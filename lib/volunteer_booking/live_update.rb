# frozen_string_literal: true

module VolunteerBooking
  # What the plugin tells open pages when something changes, on plain data:
  # the MessageBus channels, which audiences hear of which change, and the
  # messages themselves. Messages carry ids and states only, never answers
  # or names, because an audience is a whole group, not one person. The
  # client's mirror is lib/live-channels.ts; the shell is LiveUpdates.
  #
  # audience | who                                  | channel
  # ---------|--------------------------------------|---------------------------
  # readers  | whoever can see the booking topic    | topic_channel: slots changed
  # team     | its volunteers and organisers        | QUEUE_CHANNEL: the queue
  # booker   | the booking's booker                 | MY_BOOKINGS_CHANNEL: its state
  module LiveUpdate
    ROOT = "/volunteer-booking"
    QUEUE_CHANNEL = "#{ROOT}/queue"
    MY_BOOKINGS_CHANNEL = "#{ROOT}/my-bookings"

    # A booking's change, and who hears of it. A session's outcome comes
    # after it started, when neither slots nor the queue show it.
    EVENT_AUDIENCES = {
      booked: %i[readers team booker],
      cancelled: %i[readers team booker],
      rescheduled: %i[readers team booker],
      picked_up: %i[readers team booker],
      released: %i[readers team booker],
      handed_over: %i[readers team booker],
      outcome: %i[booker],
    }.freeze

    def self.topic_channel(topic_id)
      "#{ROOT}/topics/#{Integer(topic_id)}"
    end

    def self.audiences(event)
      EVENT_AUDIENCES.fetch(event) { raise ArgumentError, "unknown live event #{event.inspect}" }
    end

    # Readers reload the topic's slots; no booking is named, as readers
    # include everyone who may see the topic.
    def self.topic_message(topic_id)
      { topic_id: Integer(topic_id) }
    end

    def self.booking_message(event, booking_id:, topic_id:, status:)
      audiences(event)
      {
        event: event.to_s,
        booking_id: Integer(booking_id),
        topic_id: Integer(topic_id),
        status: status.to_s,
      }
    end

    # The groups whose members are the topic's team: its volunteer groups,
    # its organiser group and staff (organisers everywhere, Policy).
    def self.team_group_ids(volunteer_group_ids:, organiser_group_id:, staff_group_id:)
      [*volunteer_group_ids, organiser_group_id, staff_group_id].compact.uniq
    end

    # MessageBus sends a message with neither user_ids nor group_ids to
    # everyone, and one whose lists are all empty also to everyone (its
    # Client#allowed?): an audience that names lists must name someone.
    def self.deliverable?(audience)
      lists = audience.values_at(:user_ids, :group_ids).compact
      lists.empty? || lists.any? { |list| !list.empty? }
    end
  end
end
