# frozen_string_literal: true

# Every write counts against the user's hourly limit for that action, with
# its own site setting; the first call over it raises Discourse's
# RateLimiter::LimitExceeded, which ends a request in a translated 429.
RSpec.describe VolunteerBooking::RateLimits do
  include_context "with a picked-up booking"

  let(:topic_id) { booking_topic.topic_id }
  # A settings change that changes nothing, so that it can be repeated.
  let(:unchanged_shift) do
    {
      topic_id:,
      shift_id: shift.id,
      **shift.slice(:weekday, :starts_at, :ends_at, :time_zone).symbolize_keys,
    }
  end

  # action => [service, params, who calls it, what puts the booking back
  # between the two calls so that the second passes the policy again]
  let(:calls) do
    {
      cancel: [VolunteerBooking::CancelBooking, { booking_id: booking.id }, booker],
      reschedule: [
        VolunteerBooking::RescheduleBooking,
        { booking_id: booking.id, shift_id: shift.id, starts_at: "2026-12-02T15:00:00Z" },
        booker,
      ],
      pick_up: [VolunteerBooking::PickUpBooking, { booking_id: booking.id }, other_volunteer],
      release: [
        VolunteerBooking::ReleaseBooking,
        { booking_id: booking.id },
        volunteer,
        -> { booking.update!(status: :picked_up, holder: volunteer) },
      ],
      hand_over: [
        VolunteerBooking::HandOverBooking,
        { booking_id: booking.id, username: other_volunteer.username },
        volunteer,
        -> { booking.update!(holder: volunteer) },
      ],
      outcome: [
        VolunteerBooking::MarkBookingOutcome,
        { booking_id: booking.id, outcome: "held" },
        volunteer,
      ],
      rota: [
        VolunteerBooking::JoinShift,
        { topic_id:, shift_id: shift.id, on_date: "2026-12-09" },
        other_volunteer,
      ],
      time_off: [
        VolunteerBooking::AddTimeOff,
        { starts_on: "2026-12-14", ends_on: "2026-12-15" },
        volunteer,
      ],
      settings: [VolunteerBooking::UpdateShift, unchanged_shift, organiser],
      # The first is refused after counting (the topic draws no links).
      fresh_call_link: [VolunteerBooking::RefreshCallLink, { booking_id: booking.id }, organiser],
      call_link: [
        VolunteerBooking::SetVolunteerCallLink,
        { call_link: "https://meet.jit.si/room" },
        volunteer,
      ],
    }
  end

  before do
    RateLimiter.enable
    RateLimiter.clear_all!
  end

  after { RateLimiter.disable }

  described_class::SETTINGS.each do |action, setting|
    next if action == :book # create_booking_spec covers booking itself.

    it "limits #{action} with #{setting}" do
      SiteSetting.public_send(:"#{setting}=", 1)
      service, params, user, put_back = calls.fetch(action)

      service.call(params:, guardian: Guardian.new(user))
      put_back&.call
      expect { service.call(params:, guardian: Guardian.new(user)) }.to raise_error(
        RateLimiter::LimitExceeded,
      )
    end
  end

  it "lets a volunteer give the same booking back twice a day at most" do
    SiteSetting.volunteer_booking_max_releases_per_hour = 100
    3.times do |attempt|
      booking.update!(status: :picked_up, holder: volunteer)
      call = -> do
        VolunteerBooking::ReleaseBooking.call(
          params: {
            booking_id: booking.id,
          },
          guardian: Guardian.new(volunteer),
        )
      end
      if attempt < 2
        expect(call.call).to run_successfully
      else
        expect { call.call }.to raise_error(RateLimiter::LimitExceeded)
      end
    end
  end

  it "does not limit staff" do
    SiteSetting.volunteer_booking_max_settings_changes_per_hour = 1
    admin = Fabricate(:admin)

    3.times do
      result =
        VolunteerBooking::UpdateShift.call(params: unchanged_shift, guardian: Guardian.new(admin))
      expect(result).to run_successfully
    end
  end
end
