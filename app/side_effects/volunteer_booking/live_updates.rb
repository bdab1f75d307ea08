# frozen_string_literal: true

module VolunteerBooking
  # Tells open pages that a booking topic's slots, a volunteer's queue or a
  # booker's booking changed, over Discourse's MessageBus (the core's
  # LiveUpdate decides channels, audiences and messages). Pages reload what
  # they show, through the same permission checks as any request, so a
  # message says only what changed, never what it now is.
  #
  # Sent once the change has committed (DB.after_commit: at once outside a
  # transaction), so a page never reloads a change that was rolled back;
  # and like every side effect it never breaks the change (SideEffect).
  module LiveUpdates
    def self.slots_changed(booking_topic)
      topic = booking_topic&.topic
      return if topic.nil?
      publish(LiveUpdate.topic_channel(topic.id), LiveUpdate.topic_message(topic.id)) do
        readers(topic)
      end
    end

    # event: one of LiveUpdate::EVENT_AUDIENCES.
    def self.booking_changed(booking, event)
      topic = booking.topic
      return if topic.nil?
      audiences = LiveUpdate.audiences(event)
      slots_changed(booking.booking_topic) if audiences.include?(:readers)
      message =
        LiveUpdate.booking_message(
          event,
          booking_id: booking.id,
          topic_id: topic.id,
          status: booking.status,
        )
      if audiences.include?(:team)
        publish(LiveUpdate::QUEUE_CHANNEL, message) { team(booking.booking_topic, topic) }
      end
      # No booker (their account went) must not become user_ids: [nil],
      # which MessageBus would match for every visitor.
      if audiences.include?(:booker) && booking.booker_id
        publish(LiveUpdate::MY_BOOKINGS_CHANNEL, message) { { user_ids: [booking.booker_id] } }
      end
    end

    # Time off is the volunteer's, not a topic's: every topic whose rota
    # they are on may offer other slots now.
    def self.volunteer_rota_changed(user)
      BookingTopic
        .on_rota_of(user.id)
        .includes(:topic)
        .find_each { |booking_topic| slots_changed(booking_topic) }
    end

    # The audience is worked out after commit too, so it is who may see the
    # data then.
    def self.publish(channel, message)
      DB.after_commit do
        SideEffect.safely("publishing #{channel}") do
          audience = yield
          MessageBus.publish(channel, message, audience) if LiveUpdate.deliverable?(audience)
        end
      end
    end

    # As Discourse's own topic messages: nil group_ids (a public category)
    # is everyone, else the category's groups (or a message's users).
    def self.readers(topic)
      topic.secure_audience_publish_messages
    end

    # Volunteers and organisers who may see the topic. In a public category
    # that is their groups; otherwise only those of their members who are
    # also among the topic's readers, and admins, whom MessageBus counts in
    # every group.
    def self.team(booking_topic, topic)
      group_ids =
        LiveUpdate.team_group_ids(
          volunteer_group_ids: booking_topic.volunteer_group_ids,
          organiser_group_id: booking_topic.organiser_group_id,
          staff_group_id: ::Group::AUTO_GROUPS[:staff],
        )
      audience = readers(topic)
      return { group_ids: group_ids } if audience.values_at(:group_ids, :user_ids).all?(&:nil?)
      members = ::GroupUser.where(group_id: group_ids)
      members =
        if audience[:user_ids]
          members.where(user_id: audience[:user_ids])
        else
          members.where(user_id: ::GroupUser.where(group_id: audience[:group_ids]).select(:user_id))
        end
      { group_ids: [::Group::AUTO_GROUPS[:admins]], user_ids: members.distinct.pluck(:user_id) }
    end

    private_class_method :publish, :readers, :team
  end
end
