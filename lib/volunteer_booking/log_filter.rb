# frozen_string_literal: true

module VolunteerBooking
  # The request parameters the forum's logs show as "[FILTERED]" (plugin.rb
  # adds them to Rails' filter_parameters). A call link is an open door to
  # the call; intake answers and a request's note are private to the
  # booker, their volunteer and organisers. A symbol matches part of a name
  # (so call_link covers call_link_template); answers and note are matched
  # whole, to hide as few other parameters as can be. The logs cannot tell
  # whose a parameter is, so every one named note is hidden: the outcome's
  # note for organisers and a volunteer's time-off note, and any of
  # Discourse's or another plugin's.
  module LogFilter
    PARAMETERS = [:call_link, /\Aanswers\z/, /\Anote\z/].freeze
  end
end
