# frozen_string_literal: true

module VolunteerBooking
  # api-types.ts VolunteerRotaEntry: a RotaEntry with its booking topic and
  # shift, for the volunteer page; inactive where the volunteer is flagged
  # "No access" (the caller passes inactive_booking_topic_ids).
  class VolunteerRotaEntrySerializer < RotaEntrySerializer
    attributes :topic_id, :topic_title, :shift, :inactive

    def inactive
      @options[:inactive_booking_topic_ids].include?(object.shift.booking_topic_id)
    end

    def include_inactive?
      !@options[:inactive_booking_topic_ids].nil?
    end

    def topic_id
      object.shift.booking_topic.topic_id
    end

    def topic_title
      object.shift.booking_topic.topic&.title.to_s
    end

    def shift
      ShiftSerializer.new(object.shift, scope: scope, root: false).as_json
    end
  end
end
