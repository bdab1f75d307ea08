# frozen_string_literal: true

module VolunteerBooking
  # The rota widget's data for a range of weeks: the topic's shifts, the
  # weekly entries and the dates in range they skip, the dated entries in
  # range, and the time off of the people on it. Notes on time off are for
  # their owner and organisers, and
  # so is the first page of volunteers an organiser can put on the rota
  # (RotaVolunteers), and which people on it have lost access (RotaAccess).
  class FetchRota
    include Service::Base
    include BookingTopicSteps

    MAX_WEEKS = 12

    Rota =
      Struct.new(
        :shifts,
        :rota_entries,
        :rota_skips,
        :time_off,
        :volunteers,
        :show_notes,
        :flagged_user_ids,
        keyword_init: true,
      )

    params(base_class: StrictParams) do
      attribute :topic_id, :integer
      attribute :from, :date
      attribute :weeks, :integer, default: 4

      validates :topic_id, presence: true
      validates :weeks, numericality: { only_integer: true, in: 1..MAX_WEEKS }
    end

    model :booking_topic
    policy :can_see_rota
    model :rota, :build_rota

    private

    def build_rota(booking_topic:, params:, guardian:)
      first = params.from || Date.current
      last = first + (params.weeks * 7) - 1
      shifts = booking_topic.shifts.to_a
      rota_entries =
        RotaEntry
          .includes(:user)
          .where(shift_id: shifts.map(&:id))
          .where("on_date IS NULL OR on_date BETWEEN ? AND ?", first, last)
          .order(:on_date, :id)
          .to_a
      time_off =
        TimeOff
          .where(user_id: rota_entries.map(&:user_id).uniq)
          .overlapping(first, last)
          .order(:starts_on, :id)
          .to_a

      organiser = PolicyFactory.for(guardian, booking_topic).organiser?

      Rota.new(
        shifts: shifts,
        rota_entries: rota_entries,
        rota_skips:
          RotaSkip.where(rota_entry_id: rota_entries.map(&:id), on_date: first..last).order(
            :on_date,
          ),
        time_off: time_off,
        volunteers:
          organiser ? RotaVolunteers.page(booking_topic, guardian, nil) : Page.new([], nil),
        show_notes: organiser,
        flagged_user_ids:
          organiser ? RotaAccess.flagged_user_ids(booking_topic, rota_entries.map(&:user)) : nil,
      )
    end
  end
end
