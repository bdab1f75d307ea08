# frozen_string_literal: true

module VolunteerBooking
  # api-types.ts BasicUser: always the same four keys, never an email.
  # name is null when the site hides full names, as core's BasicUserSerializer
  # leaves it out then.
  class BasicUserSerializer < ::ApplicationSerializer
    attributes :id, :username, :name, :avatar_template

    def name
      SiteSetting.enable_names? ? object.name.presence : nil
    end
  end
end
