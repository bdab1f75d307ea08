# frozen_string_literal: true

module VolunteerBooking
  # A booking topic's settings, and pausing it.
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
      ) { |booking_topic:| render_booking_topic(booking_topic, with_settings: true) }
    end

    def pause
      run_service(
        PauseBookingTopic,
        topic_id: params[:topic_id],
        message: params[:message],
        no_follow_ups: params[:no_follow_ups],
      ) { |booking_topic:| render_booking_topic(booking_topic) }
    end

    def resume
      run_service(ResumeBookingTopic, topic_id: params[:topic_id]) do |booking_topic:|
        render_booking_topic(booking_topic)
      end
    end

    private

    def render_booking_topic(booking_topic, with_settings: false)
      json = { booking_topic: serialize_data(booking_topic, BookingTopicSerializer, root: false) }
      if with_settings
        json[:settings] = serialize_data(booking_topic, BookingTopicSettingsSerializer, root: false)
      end
      render_json_dump(json)
    end
  end
end
