# frozen_string_literal: true

module VolunteerBooking
  # Adds "volunteer_bookings.json" to a user's data export: their own
  # bookings as booker with their own answers. Never anyone else's answers
  # or any email address. And "volunteer_profile.json": the call link a
  # volunteer keeps for "the volunteer's own link" (null without one). And
  # "volunteer_booking_requests.json": their requests for other times, with
  # their windows, note and answers.
  # Discourse has no registry for export components,
  # so install appends the name to Jobs::ExportUserArchive::COMPONENTS and
  # prepends this module, which defines the <name>_export, <name>_filetype
  # and include_<name>? methods the job calls. The list is installed at boot
  # whatever the setting, so include_<name>? leaves the files out while the
  # plugin is disabled; while it is enabled each file is always there (an
  # empty list for users who never booked), one file per component, as
  # core's own export spec counts them.
  module ExportUserArchiveExtension
    COMPONENTS = %w[volunteer_bookings volunteer_profile volunteer_booking_requests].freeze

    def self.install(job_class = ::Jobs::ExportUserArchive)
      components = job_class::COMPONENTS
      if components.frozen?
        Rails.logger.warn("volunteer_booking: user exports cannot include bookings (frozen list)")
        return
      end
      COMPONENTS.each { |name| components << name if components.exclude?(name) }
      job_class.prepend(self) if job_class.ancestors.exclude?(self)
    end

    def volunteer_bookings_filetype
      :json
    end

    def include_volunteer_bookings?
      SiteSetting.volunteer_booking_enabled
    end

    def volunteer_profile_filetype
      :json
    end

    def include_volunteer_profile?
      SiteSetting.volunteer_booking_enabled
    end

    def volunteer_profile_export
      { call_link: VolunteerBooking::VolunteerProfile.call_link_of(archive_for_user.id) }
    end

    def volunteer_booking_requests_filetype
      :json
    end

    def include_volunteer_booking_requests?
      SiteSetting.volunteer_booking_enabled
    end

    def volunteer_booking_requests_export
      VolunteerBooking::BookingRequest
        .where(requester_id: archive_for_user.id)
        .includes(booking_topic: :topic)
        .order(:created_at, :id)
        .map do |booking_request|
          {
            id: booking_request.id,
            **volunteer_booking_topic_fields(booking_request.topic),
            status: booking_request.status,
            windows: booking_request.windows,
            time_zone: booking_request.time_zone,
            note: booking_request.note,
            answers: booking_request.answers,
            booking_id: booking_request.booking_id,
            created_at: booking_request.created_at.utc.iso8601,
            closed_at: booking_request.closed_at&.utc&.iso8601,
          }
        end
    end

    def volunteer_bookings_export
      VolunteerBooking::Booking
        .where(booker_id: archive_for_user.id)
        .includes(booking_topic: :topic)
        .order(:starts_at, :id)
        .map do |booking|
          {
            id: booking.id,
            **volunteer_booking_topic_fields(booking.topic),
            starts_at: booking.starts_at.utc.iso8601,
            ends_at: booking.ends_at.utc.iso8601,
            status: booking.status,
            answers: booking.answers,
            cancelled_at: booking.cancelled_at&.utc&.iso8601,
            cancel_reason: booking.cancel_reason,
            created_at: booking.created_at.utc.iso8601,
          }
        end
    end

    private

    # The topic's title and address, only while the user can still see it.
    # Named for the plugin: this module is prepended to core's job.
    def volunteer_booking_topic_fields(topic)
      visible = topic && guardian.can_see?(topic)
      { topic_title: visible ? topic.title : nil, topic_url: visible ? topic.url : nil }
    end
  end
end
