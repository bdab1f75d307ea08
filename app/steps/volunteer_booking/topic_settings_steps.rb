# frozen_string_literal: true

module VolunteerBooking
  # Steps shared by the services that read or write a topic's booking
  # settings, including a topic that is not a booking topic yet; named
  # apart from BookingTopicSteps', which only find an existing one.
  module TopicSettingsSteps
    private

    def fetch_topic(params:, guardian:)
      topic = ::Topic.find_by(id: params.topic_id)
      topic if topic && guardian.can_see?(topic)
    end

    def find_or_build_booking_topic(topic:)
      topic.volunteer_booking_topic || BookingTopic.build_for(topic)
    end

    # Decided on the stored settings, so nobody can make themselves an
    # organiser by changing the organiser group in the same request; a topic
    # that is not a booking topic yet is for staff to set up.
    def can_configure_settings(guardian:, booking_topic:)
      booking_topic = nil if booking_topic.new_record?
      PolicyFactory.for(guardian, booking_topic).can_configure?
    end
  end
end
