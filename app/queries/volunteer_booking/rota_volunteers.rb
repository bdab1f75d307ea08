# frozen_string_literal: true

module VolunteerBooking
  # Who an organiser may put on a booking topic's rota: the people (not
  # bots) in those of its volunteer groups whose members the organiser can
  # see (an admin may have chosen one they cannot), by username, a page
  # (Page::SIZES[:rota_volunteers]) at a time. FetchRota gives the first
  # page, ListRotaVolunteers the ones after.
  module RotaVolunteers
    # Usernames are unique, so the lowercased one alone orders the list.
    CURSOR_KEYS = %i[text].freeze

    def self.page(booking_topic, guardian, cursor)
      after = Page.decode(cursor, CURSOR_KEYS)
      group_ids = Choices.groups(guardian, ids: booking_topic.volunteer_group_ids).map(&:id)
      users = ::User.human_users.where(id: ::GroupUser.where(group_id: group_ids).select(:user_id))
      users = users.where("users.username_lower > ?", after.first) if after
      size = Page::SIZES[:rota_volunteers]
      Page.of(users.order(:username_lower).limit(size + 1).to_a, size) do |user|
        [user.username_lower]
      end
    end
  end
end
