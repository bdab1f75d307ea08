# frozen_string_literal: true

module VolunteerBooking
  # The steps FetchStats and ExportStats share: the booking topic of
  # topic_id, or none for all booking topics together; who may see its
  # stats; and the date range, in the topic's main zone (UTC for all
  # topics, whose shifts may be anywhere), with its BookingStats.
  module StatsSteps
    private

    # Named apart from BookingTopicSteps' fetch_booking_topic, which always
    # wants one: here no topic_id means all booking topics.
    def fetch_booking_topic_or_all(params:, guardian:)
      BookingTopic.find_visible(params.topic_id, guardian) if params.topic_id
    end

    # A topic_id that names no booking topic the user can see is refused
    # here, not read as "all topics".
    def can_see_stats(params:, guardian:, booking_topic:)
      return false if params.topic_id && booking_topic.nil?
      PolicyFactory.for(guardian, booking_topic).can_see_stats?
    end

    def build_range(params:, booking_topic:)
      zone = StatsRange.main_zone(booking_topic ? booking_topic.shifts.pluck(:time_zone) : [])
      result = StatsRange.build(from: params.from, to: params.to, zone: zone, now: Time.current)
      fail!(I18n.t(result.i18n_key, **result.params)) if !result.ok?
      context[:range] = result.value
      context[:booking_stats] = BookingStats.new(booking_topic, result.value)
    end
  end
end
