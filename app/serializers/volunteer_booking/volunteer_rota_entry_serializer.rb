# frozen_string_literal: true

module VolunteerBooking
  # api-types.ts VolunteerRotaEntry: a RotaEntry with its booking topic and
  # shift, for the volunteer page.
  class VolunteerRotaEntrySerializer < RotaEntrySerializer
    attributes :topic_id, :topic_title, :shift

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
