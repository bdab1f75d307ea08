# frozen_string_literal: true

VolunteerBooking::Engine.routes.draw do
  scope "/topics/:topic_id", constraints: { topic_id: /\d+/ } do
    get "/settings" => "booking_topics#show"
    put "/settings" => "booking_topics#update"
    put "/pause" => "booking_topics#pause"
    delete "/pause" => "booking_topics#resume"

    post "/shifts" => "shifts#create"
    put "/shifts/:id" => "shifts#update"
    delete "/shifts/:id" => "shifts#destroy"

    get "/rota" => "rota#show"
    post "/rota-entries" => "rota_entries#create"
    delete "/rota-entries/:id" => "rota_entries#destroy"
  end

  get "/time-off" => "time_offs#index"
  post "/time-off" => "time_offs#create"
  delete "/time-off/:id" => "time_offs#destroy"
end

Discourse::Application.routes.draw { mount ::VolunteerBooking::Engine, at: "volunteer-booking" }
