# frozen_string_literal: true

module VolunteerBooking
  # api-types.ts RotaEntry.
  class RotaEntrySerializer < ::ApplicationSerializer
    attributes :id, :shift_id, :on_date, :user

    def on_date
      object.on_date&.iso8601
    end

    def user
      BasicUserSerializer.new(object.user, scope: scope, root: false).as_json
    end
  end
end
