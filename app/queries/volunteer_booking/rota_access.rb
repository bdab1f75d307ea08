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
      channel = chat_channel(booking_topic)
      users.filter_map do |user|
        lost =
          !volunteers.include?(user.id) ||
            (channel && !Guardian.new(user).can_join_chat_channel?(channel))
        user.id if lost
      end
    end

    # The same for user ids, as a Set. Without a chat channel only group
    # membership is asked, so no user is loaded.
    def self.flagged_ids(booking_topic, user_ids)
      return Set.new if user_ids.empty?
      channel = chat_channel(booking_topic)
      flagged =
        if channel
          flagged_user_ids(booking_topic, ::User.where(id: user_ids).to_a)
        else
          user_ids -
            ::GroupUser.where(group_id: booking_topic.volunteer_group_ids, user_id: user_ids).pluck(
              :user_id,
            )
        end
      flagged.to_set
    end

    # The topic's chat channel, when chat is on; without chat nobody can be
    # told apart.
    def self.chat_channel(booking_topic)
      return if booking_topic.chat_channel_id.nil? || !Friends::ChatAccess.chat_enabled?
      ::Chat::Channel.find_by(id: booking_topic.chat_channel_id)
    end

    private_class_method :chat_channel
  end
end
