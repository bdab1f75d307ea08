# frozen_string_literal: true

module VolunteerBooking
  # A booking as an .ics file for the booker, the volunteer who picked it up
  # and organisers. The core's Ics writer takes a closed list of keys, so
  # intake answers and email addresses cannot end up in the file. Those who
  # may download it are those who may see the call link, so it is in.
  class FetchBookingCalendar
    include Service::Base
    include BookingSteps

    params(base_class: StrictParams) do
      attribute :booking_id, :integer

      validates :booking_id, presence: true
    end

    model :booking
    policy :can_download
    step :write_calendar

    private

    def can_download(guardian:, booking:)
      policy = booking_policy(guardian, booking)
      attributes = booking.policy_attributes
      policy.booker?(attributes) || policy.picker?(attributes) || policy.organiser?
    end

    def write_calendar(booking:)
      topic = booking.topic
      context[:calendar] = Ics.new(host: Discourse.current_hostname, now: Time.current).calendar(
        **booking.calendar_attributes,
        summary: topic.title,
        description: I18n.t("volunteer_booking.ics.description", url: topic.url),
        url: topic.url,
      )
    end
  end
end
