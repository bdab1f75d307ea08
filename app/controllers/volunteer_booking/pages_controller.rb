# frozen_string_literal: true

module VolunteerBooking
  # /volunteer-booking loaded directly in the browser: core's check_xhr
  # answers any non-JSON request with the Ember app shell before this
  # action runs, and the client's route renders the volunteer page (asking
  # visitors to log in). A JSON request gets nothing: the data is at
  # /volunteer-booking/volunteer.json.
  class PagesController < BaseController
    skip_before_action :ensure_logged_in

    def show
      head :no_content
    end
  end
end
