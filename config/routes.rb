# frozen_string_literal: true

VolunteerBooking::Engine.routes.draw do
  # The volunteer page (Ember route /volunteer-booking) and its data.
  get "/" => "pages#show"
  get "/volunteer" => "volunteer_pages#show"
  get "/volunteer/queue" => "volunteer_pages#queue"
  put "/volunteer/call-link" => "volunteer_pages#update_call_link"
  put "/volunteer/gap-notifications" => "volunteer_pages#update_gap_notifications"

  scope "/topics/:topic_id", constraints: { topic_id: /\d+/ } do
    get "/settings" => "booking_topics#show"
    put "/settings" => "booking_topics#update"

    post "/shifts" => "shifts#create"
    put "/shifts/:id" => "shifts#update"
    delete "/shifts/:id" => "shifts#destroy"

    get "/rota" => "rota#show"
    get "/rota/volunteers" => "rota#volunteers"
    post "/rota-entries" => "rota_entries#create"
    delete "/rota-entries/:id" => "rota_entries#destroy"
    post "/rota-entries/:id/skips" => "rota_entries#skip"
    delete "/rota-entries/:id/skips" => "rota_entries#unskip"

    get "/stats" => "stats#show"
    get "/stats/export" => "stats#export"

    get "/slots" => "slots#index"
    get "/bookings" => "bookings#index"
    post "/bookings" => "bookings#create"
    get "/gaps" => "gaps#index"

    get "/requests" => "booking_requests#index"
    get "/requests/mine" => "booking_requests#mine"
    post "/requests" => "booking_requests#create"
  end

  get "/time-off" => "time_offs#index"
  post "/time-off" => "time_offs#create"
  delete "/time-off/:id" => "time_offs#destroy"

  # All booking topics together, for staff.
  get "/stats" => "stats#show"
  get "/stats/export" => "stats#export"

  get "/my-bookings" => "bookings#mine"
  scope "/bookings/:id", constraints: { id: /\d+/ } do
    put "/cancel" => "bookings#cancel"
    put "/reschedule" => "bookings#reschedule"
    put "/pick-up" => "bookings#pick_up"
    put "/release" => "bookings#release"
    put "/hand-over" => "bookings#hand_over"
    put "/call-link" => "bookings#refresh_call_link"
    put "/outcome" => "bookings#outcome"
    put "/feedback" => "bookings#feedback"
    put "/stop-follow-ups" => "bookings#stop_follow_ups"
    put "/excuse-no-show" => "bookings#excuse_no_show"
    get "/calendar.ics" => "bookings#calendar", :format => false
  end

  scope "/requests/:id", constraints: { id: /\d+/ } do
    get "" => "booking_requests#show"
    put "/take" => "booking_requests#take"
    put "/give-back" => "booking_requests#give_back"
    put "/reassign" => "booking_requests#reassign"
    put "/withdraw" => "booking_requests#withdraw"
    put "/schedule" => "booking_requests#schedule"
  end
end

Discourse::Application.routes.draw { mount ::VolunteerBooking::Engine, at: "volunteer-booking" }

# The admin page's API, under the page's own path as Discourse's plugins do
# (a reload of the page gets the app from check_xhr). No route constraint:
# the controller refuses non-admins with 403 rather than 404.
Discourse::Application.routes.draw do
  scope "/admin/plugins/#{VolunteerBooking::PLUGIN_NAME}" do
    get "/friends" => "volunteer_booking/admin/friends#show"
    post "/friends/setup" => "volunteer_booking/admin/friends#setup"
    post "/friends/members" => "volunteer_booking/admin/friends#add_members"
    delete "/friends/members/:user_id" => "volunteer_booking/admin/friends#remove_member",
           :constraints => {
             user_id: /\d+/,
           }
  end
end
