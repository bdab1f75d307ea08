# frozen_string_literal: true

module VolunteerBooking
  # The volunteer page's data: sessions, the queue nobody has picked up yet (its first
  # page; the next ones from queue), rota entries and time off, across
  # booking topics, and the volunteer's own call link.
  class VolunteerPagesController < BaseController
    def show
      run_service(FetchVolunteerPage, {}) do |page:|
        render_json_dump(
          {
            sessions: serialize_data(page.sessions, BookingSerializer),
            queue: serialize_data(page.queue.items, BookingSerializer),
            queue_more: page.queue.more?,
            queue_cursor: page.queue.cursor,
            rota_entries:
              serialize_data(
                page.rota_entries,
                VolunteerRotaEntrySerializer,
                inactive_booking_topic_ids: page.inactive_booking_topic_ids,
              ),
            time_off: serialize_data(page.time_off, TimeOffSerializer),
            call_link: page.call_link,
            requests: serialize_data(page.requests, BookingRequestSerializer),
            open_requests: serialize_data(page.open_requests, BookingRequestSerializer),
            notify_gaps: page.notify_gaps,
          },
        )
      end
    end

    def queue
      run_service(ListQueue, cursor: params[:cursor]) do |page:|
        render_json_dump(
          { queue: serialize_data(page.items, BookingSerializer), **page_json(page) },
        )
      end
    end

    def update_call_link
      run_service(SetVolunteerCallLink, call_link: params[:call_link]) do |profile:|
        render_json_dump({ call_link: profile.call_link })
      end
    end

    def update_gap_notifications
      run_service(SetGapNotifications, enabled: params[:enabled]) do |profile:|
        render_json_dump({ notify_gaps: profile.notify_gaps })
      end
    end
  end
end
