# frozen_string_literal: true

module VolunteerBooking
  # Prepended to ::User in plugin.rb: a deleted user leaves no rota entries
  # or time off behind (the plugin's tables hold no foreign keys to users).
  module UserExtension
    extend ActiveSupport::Concern

    prepended do
      has_many :volunteer_booking_rota_entries,
               class_name: "VolunteerBooking::RotaEntry",
               dependent: :delete_all
      has_many :volunteer_booking_time_offs,
               class_name: "VolunteerBooking::TimeOff",
               dependent: :delete_all
    end
  end
end
