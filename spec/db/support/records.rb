# frozen_string_literal: true

module VolunteerBookingDbSpec
  # Builders for the specs' rows. A booking topic here takes bookings from
  # now on: no notice, no intake questions, four weeks ahead, and one
  # volunteer group whose members are the rota.
  module Records
    VOLUNTEER_GROUP_ID = 41

    def create_user(username, trust_level: 1, timezone: nil, admin: false)
      user = ::User.create!(username: username, trust_level: trust_level, admin: admin)
      ::UserOption.create!(user_id: user.id, timezone: timezone)
      user
    end

    def create_booking_topic(**settings)
      topic = ::Topic.create!(title: "Book a chat with a co-op worker")
      VolunteerBooking::BookingTopic.create!(
        topic: topic,
        session_minutes: 30,
        min_notice_minutes: 0,
        horizon_days: 28,
        per_user_limit: nil,
        intake_questions: [],
        volunteer_group_ids: [VOLUNTEER_GROUP_ID],
        **settings,
      )
    end

    # A shift on the weekday of date, 09:00-17:00 in time_zone.
    def create_shift(booking_topic, date, starts_at: "09:00", ends_at: "17:00", time_zone: "UTC")
      VolunteerBooking::Shift.create!(
        booking_topic: booking_topic,
        weekday: date.wday,
        starts_at: starts_at,
        ends_at: ends_at,
        time_zone: time_zone,
      )
    end

    # A member of the volunteer group on the shift every week.
    def create_volunteer(shift, username, **options)
      user = create_user(username, **options)
      ::GroupUser.find_or_create_by!(group_id: VOLUNTEER_GROUP_ID, user_id: user.id)
      VolunteerBooking::RotaEntry.create!(shift: shift, user_id: user.id)
      user
    end

    def put_on_rota(shift, user)
      ::GroupUser.find_or_create_by!(group_id: VOLUNTEER_GROUP_ID, user_id: user.id)
      VolunteerBooking::RotaEntry.create!(shift: shift, user_id: user.id)
    end

    def create_booking(shift, booker, starts_at, **attributes)
      booking_topic = shift.booking_topic
      VolunteerBooking::Booking.create!(
        booking_topic: booking_topic,
        shift: shift,
        booker_id: booker.id,
        starts_at: starts_at,
        ends_at: starts_at + booking_topic.session_minutes.minutes,
        **attributes,
      )
    end

    # A day far enough ahead for every slot of it to be bookable.
    def in_two_days
      Time.current.utc.to_date + 2
    end

    # time ("14:30") on date in zone, as a Time.
    def at(date, time, zone = "UTC")
      Time.find_zone!(zone).parse("#{date.iso8601} #{time}")
    end
  end
end
