# frozen_string_literal: true

module VolunteerBooking
  # api-types.ts TimeOff. The note is private: only its owner sees it, or an
  # organiser when the caller passes show_notes: true.
  class TimeOffSerializer < ::ApplicationSerializer
    attributes :id, :user_id, :starts_on, :ends_on, :note

    def starts_on
      object.starts_on.iso8601
    end

    def ends_on
      object.ends_on.iso8601
    end

    def note
      object.note if @options[:show_notes] || (scope&.user && scope.user.id == object.user_id)
    end
  end
end
