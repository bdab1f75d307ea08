# frozen_string_literal: true

module VolunteerBooking
  # api-types.ts RotaSkip.
  class RotaSkipSerializer < ::ApplicationSerializer
    attributes :rota_entry_id, :on_date

    def on_date
      object.on_date.iso8601
    end
  end
end
