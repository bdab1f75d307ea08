# frozen_string_literal: true

module VolunteerBooking
  # Prepended to ::Topic in plugin.rb. Destroying a topic (rare: topics are
  # usually trashed) removes its booking topic, whose shifts and rota
  # entries follow by foreign key.
  module TopicExtension
    extend ActiveSupport::Concern

    prepended do
      has_one :volunteer_booking_topic,
              class_name: "VolunteerBooking::BookingTopic",
              dependent: :destroy
    end
  end
end
