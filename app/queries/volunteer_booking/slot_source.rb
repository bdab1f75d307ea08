# frozen_string_literal: true

module VolunteerBooking
  # The one place that reads a booking topic's records into the core's
  # SlotEngine: its shifts, the rota entries of people who can still
  # volunteer there (not flagged by RotaAccess) and the dates they skip,
  # their time off, the topic's active (pending or picked up) bookings, and
  # as busy the sessions those people hold in other booking topics. The
  # slots endpoint, booking and rescheduling all go through here, so the
  # booker sees the same slots the rules are checked against.
  #
  # Only what can reach the engine's window is read: weekly entries, dated
  # entries and time off within two days of [now, now + horizon], and
  # bookings and sessions overlapping that window.
  module SlotSource
    MARGIN_DAYS = 2

    # Array<Slot>, sorted by start then shift; [] when the topic has no shifts.
    def self.slots(booking_topic, now: Time.current)
      now = now.getutc
      shifts = Shift.where(booking_topic_id: booking_topic.id).order(:id).to_a
      return [] if shifts.empty?

      latest = now + booking_topic.horizon_days.days
      first_date = now.to_date - MARGIN_DAYS
      last_date = latest.to_date + MARGIN_DAYS
      shift_ids = shifts.map(&:id)
      rota = rota(booking_topic, shift_ids, first_date, last_date)
      volunteer_ids = rota[:rota_entries].map { |entry| entry[:user_id] }.uniq
      window = (now - MARGIN_DAYS.days)..(latest + MARGIN_DAYS.days)

      booking_topic.slot_engine.slots(
        now: now,
        shifts: shifts.map(&:to_core),
        **rota,
        bookings: bookings(shift_ids, window),
        busy: busy(booking_topic, volunteer_ids, now, window),
      )
    end

    # The rota entries from first_date to last_date of people who can
    # still volunteer in the topic, the dates their weekly entries skip, and
    # their time off in those dates: the SlotEngine's rota_entries, skips and
    # time_off, for #slots and the stats' coverage (StatsCoverage) alike.
    def self.rota(booking_topic, shift_ids, first_date, last_date)
      rota_entries = rota_entries(booking_topic, shift_ids, first_date, last_date)
      volunteer_ids = rota_entries.map { |entry| entry[:user_id] }.uniq
      weekly_ids = rota_entries.filter_map { |entry| entry[:id] if entry[:on_date].nil? }
      {
        rota_entries: rota_entries,
        skips: RotaSkip.for_engine(weekly_ids, first_date, last_date),
        time_off: time_off(volunteer_ids, first_date, last_date),
      }
    end

    # SlotEngine#on_duty's occurrences of shifts (the topic's records) on
    # local dates first_date to last_date, with the rota read by #rota: the
    # stats' coverage and the gaps (GapSource) alike.
    def self.on_duty(booking_topic, shifts, first_date, last_date)
      return [] if shifts.empty?
      booking_topic.slot_engine.on_duty(
        shifts: shifts.map(&:to_core),
        **rota(booking_topic, shifts.map(&:id), first_date, last_date),
        first_date: first_date,
        last_date: last_date,
      )
    end

    def self.rota_entries(booking_topic, shift_ids, first_date, last_date)
      entries =
        RotaEntry
          .where(shift_id: shift_ids)
          .where(
            user_id:
              ::GroupUser.where(group_id: booking_topic.volunteer_group_ids).select(:user_id),
          )
          .where("on_date IS NULL OR on_date BETWEEN ? AND ?", first_date, last_date)
          .pluck(:id, :shift_id, :user_id, :on_date)
      flagged = RotaAccess.flagged_ids(booking_topic, entries.map { |entry| entry[2] }.uniq)
      entries.filter_map do |id, shift_id, user_id, on_date|
        next if flagged.include?(user_id)
        { id: id, shift_id: shift_id, user_id: user_id, on_date: on_date }
      end
    end

    def self.time_off(user_ids, first_date, last_date)
      return [] if user_ids.empty?
      TimeOff
        .where(user_id: user_ids)
        .overlapping(first_date, last_date)
        .pluck(:user_id, :starts_on, :ends_on)
        .map do |user_id, starts_on, ends_on|
          { user_id: user_id, starts_on: starts_on, ends_on: ends_on }
        end
    end

    def self.bookings(shift_ids, window)
      Booking
        .active
        .where(shift_id: shift_ids)
        .overlapping(window.begin, window.end)
        .pluck(:shift_id, :starts_at, :ends_at)
        .map do |shift_id, starts_at, ends_at|
          { shift_id: shift_id, starts_at: starts_at.utc, ends_at: ends_at.utc }
        end
    end

    # The sessions the rota's volunteers hold in other booking topics, not
    # over yet. A pending booking elsewhere holds nobody: whoever picks it up
    # is checked then (Booking.pick_up).
    def self.busy(booking_topic, volunteer_ids, now, window)
      return [] if volunteer_ids.empty?
      Booking
        .picked_up
        .where(holder_id: volunteer_ids)
        .where.not(booking_topic_id: booking_topic.id)
        .where("ends_at > ?", now)
        .overlapping(window.begin, window.end)
        .pluck(:holder_id, :starts_at, :ends_at)
        .map do |user_id, starts_at, ends_at|
          { user_id: user_id, starts_at: starts_at.utc, ends_at: ends_at.utc }
        end
    end

    # What BookingRules needs to know about the booker: their pending and
    # picked up bookings in this topic, and how many open or taken requests
    # they have there. user may be nil (a deleted account).
    def self.booker(booking_topic, user, user_id: user&.id)
      {
        id: user_id,
        trust_level: user&.trust_level || 0,
        staff: user&.staff? || false,
        active_bookings:
          Booking
            .active
            .where(booking_topic_id: booking_topic.id, booker_id: user_id)
            .pluck(:shift_id, :starts_at, :ends_at)
            .map do |shift_id, starts_at, ends_at|
              { shift_id: shift_id, starts_at: starts_at.utc, ends_at: ends_at.utc }
            end,
        active_requests: BookingRequest.active_in(booking_topic, user_id).count,
      }
    end

    private_class_method :rota_entries, :time_off, :bookings, :busy
  end
end
