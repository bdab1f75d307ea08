# frozen_string_literal: true

module VolunteerBooking
  # The params of SkipRotaDate and UnskipRotaDate: a weekly rota entry of
  # the booking topic and the date it leaves out, or no longer does.
  class RotaSkipParams < StrictParams
    attribute :topic_id, :integer
    attribute :rota_entry_id, :integer
    attribute :on_date, :date

    validates :topic_id, presence: true
    validates :rota_entry_id, presence: true
    validates :on_date, presence: true
  end
end
