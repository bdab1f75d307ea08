# frozen_string_literal: true

module VolunteerBooking
  # Which people on a booking topic's rota have lost what volunteering
  # needs: they are in none of the topic's volunteer groups any more (e.g.
  # taken out of Friends), or they cannot join the topic's chat channel,
  # where bookings are announced. Their rota entries are kept; organisers
  # see them flagged.
  module RotaAccess
    def self.flagged_user_ids(booking_topic, users)
      users = users.compact.uniq
      return [] if users.empty?
      volunteers =
        ::GroupUser
          .where(group_id: booking_topic.volunteer_group_ids, user_id: users.map(&:id))
          .distinct
          .pluck(:user_id)
      channel = ChatBridge.channel(booking_topic)
      users.filter_map do |user|
        lost =
          !volunteers.include?(user.id) ||
            (channel && !ChatBridge.can_join?(Guardian.new(user), channel))
        user.id if lost
      end
    end

    # The same for user ids, as a Set. Without a chat channel only group
    # membership is asked, so no user is loaded.
    def self.flagged_ids(booking_topic, user_ids)
      return Set.new if user_ids.empty?
      flagged =
        if ChatBridge.channel?(booking_topic)
          flagged_user_ids(booking_topic, ::User.where(id: user_ids).to_a)
        else
          user_ids -
            ::GroupUser.where(group_id: booking_topic.volunteer_group_ids, user_id: user_ids).pluck(
              :user_id,
            )
        end
      flagged.to_set
    end
  end
end
