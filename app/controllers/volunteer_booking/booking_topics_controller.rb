# frozen_string_literal: true

module VolunteerBooking
  # A booking topic's settings (pausing it is one of them).
  class BookingTopicsController < BaseController
    def show
      run_service(
        FetchBookingTopicSettings,
        topic_id: params[:topic_id],
      ) do |booking_topic:, choices:, rota_entry_counts:|
        render_json_dump(
          {
            settings: serialize_data(booking_topic, BookingTopicSettingsSerializer, root: false),
            is_booking_topic: booking_topic.persisted?,
            shifts: serialize_data(booking_topic.shifts.to_a, ShiftSerializer),
            rota_entry_counts:,
            options: choices,
          },
        )
      end
    end

    def update
      run_service(
        ConfigureBookingTopic,
        hash_param(:settings).merge(topic_id: params[:topic_id]),
      ) { |booking_topic:| render_booking_topic(booking_topic) }
    end

    private

    def render_booking_topic(booking_topic)
      render_json_dump(
        booking_topic: serialize_data(booking_topic, BookingTopicSerializer, root: false),
        settings: serialize_data(booking_topic, BookingTopicSettingsSerializer, root: false),
      )
    end
  end
end
