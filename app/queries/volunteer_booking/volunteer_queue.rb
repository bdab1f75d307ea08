# frozen_string_literal: true

module VolunteerBooking
  # The volunteer page's queue: pending bookings not started yet in the
  # topics where the user is a volunteer (not their own), soonest first, a
  # page (Page::SIZES[:queue]) at a time, to pick up from there when chat is
  # off or the topic has no channel. FetchVolunteerPage gives the first page,
  # ListQueue the ones after.
  #
  # Bookings in topics the user cannot see are left out of a page after it
  # is cut (Guardian decides, not SQL), so a page may hold fewer; its cursor
  # still names the last row read, so the next page skips none.
  module VolunteerQueue
    def self.page(guardian, cursor)
      page = pending(guardian.user).page_in_start_order(cursor, Page::SIZES[:queue])
      visible = page.items.select { |booking| booking.topic && guardian.can_see?(booking.topic) }
      Page.new(visible, page.cursor)
    end

    def self.pending(user)
      group_ids = user.belonging_to_group_ids
      return Booking.none if group_ids.empty?
      Booking
        .includes(:booker, :holder, :cancelled_by, booking_topic: :topic)
        .where(
          booking_topic_id:
            BookingTopic.where("volunteer_group_ids && ARRAY[?]::integer[]", group_ids).select(:id),
          status: Booking.statuses[:pending],
        )
        .where("starts_at > ?", Time.current)
        .where.not(booker_id: user.id)
    end

    private_class_method :pending
  end
end
