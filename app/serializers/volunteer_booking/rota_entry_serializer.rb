# frozen_string_literal: true

module VolunteerBooking
  # api-types.ts RotaEntry. flagged only when the caller passes
  # flagged_user_ids (organisers: see RotaAccess).
  class RotaEntrySerializer < ::ApplicationSerializer
    attributes :id, :shift_id, :on_date, :user, :flagged

    def on_date
      object.on_date&.iso8601
    end

    def user
      BasicUserSerializer.new(object.user, scope: scope, root: false).as_json
    end

    def flagged
      @options[:flagged_user_ids].include?(object.user_id)
    end

    def include_flagged?
      !@options[:flagged_user_ids].nil?
    end
  end
end
