# frozen_string_literal: true

module VolunteerBooking
  # The organisers' and volunteers' view of the coming four weeks of a
  # booking topic (GapSource.coverage): how many shift dates have the
  # volunteers they want, out of all, and the gaps with who is on them.
  class FetchGaps
    include Service::Base
    include BookingTopicSteps

    Gap =
      Struct.new(:shift_id, :date, :starts_at, :ends_at, :wanted, :volunteers, keyword_init: true)
    Coverage = Struct.new(:from, :to, :covered, :total, :gaps, keyword_init: true)

    params(base_class: StrictParams) do
      attribute :topic_id, :integer

      validates :topic_id, presence: true
    end

    model :booking_topic
    policy :can_see_rota
    model :coverage, :build_coverage

    private

    def build_coverage(booking_topic:)
      coverage = GapSource.coverage(booking_topic)
      users =
        ::User.where(id: coverage[:gaps].flat_map { |gap| gap[:volunteer_ids] }).index_by(&:id)
      Coverage.new(
        **coverage.slice(:from, :to, :covered, :total),
        gaps:
          coverage[:gaps].map do |gap|
            Gap.new(
              **gap.slice(:shift_id, :date, :starts_at, :ends_at, :wanted),
              volunteers: gap[:volunteer_ids].filter_map { |id| users[id] },
            )
          end,
      )
    end
  end
end
