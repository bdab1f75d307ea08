# frozen_string_literal: true

module VolunteerBooking
  # The one place that turns Discourse records into the plain hashes
  # VolunteerBooking::Policy decides on, so every service, serializer and
  # spec asks the same question the same way.
  #
  # booking_topic may be nil (a topic that is not a booking topic yet): then
  # nobody is a volunteer and only staff are organisers.
  module PolicyFactory
    def self.for(guardian, booking_topic)
      for_user(guardian&.user, booking_topic)
    end

    def self.for_user(user, booking_topic)
      Policy.new(
        user: user_attributes(user),
        topic: booking_topic&.policy_attributes || {},
        now: Time.current,
      )
    end

    # Discourse's anonymous-posting shadow accounts count as visitors: a
    # booking must lead back to a person a volunteer can talk to.
    def self.user_attributes(user)
      return if user.nil?
      {
        id: user.id,
        staff: user.staff?,
        group_ids: user.belonging_to_group_ids,
        trust_level: user.trust_level,
        anonymous: user.anonymous?,
      }
    end
  end
end
