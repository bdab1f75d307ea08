# frozen_string_literal: true

VolunteerBooking::Engine.routes.draw {}

Discourse::Application.routes.draw { mount ::VolunteerBooking::Engine, at: "volunteer-booking" }
