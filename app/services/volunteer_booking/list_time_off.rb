# frozen_string_literal: true

module VolunteerBooking
  # The viewer's own time off that has not ended yet, soonest first.
  class ListTimeOff
    include Service::Base

    policy :signed_in
    model :time_off, optional: true

    private

    def signed_in(guardian:)
      PolicyFactory.for(guardian, nil).signed_in?
    end

    def fetch_time_off(guardian:)
      TimeOff
        .where(user_id: guardian.user.id)
        .where("ends_on >= ?", TimeOff.today_for(guardian.user))
        .order(:starts_on, :id)
        .to_a
    end
  end
end
