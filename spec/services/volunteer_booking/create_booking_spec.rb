# frozen_string_literal: true

RSpec.describe VolunteerBooking::CreateBooking do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:topic_id) }
    it { is_expected.to validate_presence_of(:shift_id) }
    it { is_expected.to validate_presence_of(:starts_at) }
    it { is_expected.to validate_presence_of(:idempotency_key) }
    it { is_expected.to allow_value("a1b2c3d4-e5f6").for(:idempotency_key) }

    it do
      is_expected.not_to allow_value("short", "x" * 65, "has spaces in it").for(:idempotency_key)
    end

    it "refuses, naming the field, what PostgreSQL could not store or no booking needs" do
      contract = described_class.new(shift_id: 2**40, starts_at: Time.utc(10_000, 1, 1))
      contract.validate
      expect(contract.errors.full_messages).to include(
        VolunteerBookingSpec.field_error(:shift_id, :number_out_of_range),
        VolunteerBookingSpec.field_error(:starts_at, :year_out_of_range),
      )
    end

    it "cleans answers of control characters and invisible space before the rules read them" do
      contract = described_class.new(answers: { "story" => "\u00A0laid off\u0000\u3000" })
      contract.validate
      expect(contract.answers).to eq(story: "laid off")
    end

    it "refuses answers that are not an object" do
      contract = described_class.new(answers: "yes")
      contract.validate
      expect(contract.errors.full_messages).to include(
        I18n.t("volunteer_booking.errors.answers_unreadable"),
      )
    end
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with volunteers on the rota"

    let(:params) { booking_input.merge(topic_id: booking_topic.topic_id) }
    let(:dependencies) { { guardian: Guardian.new(booker) } }

    context "when params are not valid" do
      let(:params) do
        booking_input.except(:idempotency_key).merge(topic_id: booking_topic.topic_id)
      end

      it { is_expected.to fail_a_contract }
    end

    context "when the topic is not a booking topic" do
      let(:params) { booking_input.merge(topic_id: Fabricate(:topic).id) }

      it { is_expected.to fail_to_find_a_model(:booking_topic) }
    end

    context "when the topic is gone" do
      before { booking_topic.topic.trash! }

      it { is_expected.to fail_to_find_a_model(:booking_topic) }
    end

    context "when the topic is closed" do
      before { booking_topic.topic.update!(closed: true) }

      let(:refusal) { I18n.t("volunteer_booking.errors.topic_closed") }

      it_behaves_like "a refused step", :ensure_topic_open, keeps: VolunteerBooking::Booking
    end

    context "when the topic is archived" do
      before { booking_topic.topic.update!(archived: true) }

      it { is_expected.to fail_a_step(:ensure_topic_open) }
    end

    context "when the booker is silenced" do
      before { booker.update!(silenced_till: 1.year.from_now) }

      it { is_expected.to fail_a_step(:ensure_in_good_standing) }

      it "books nothing" do
        expect { result }.not_to change { VolunteerBooking::Booking.count }
      end
    end

    context "when the booker missed two chats in this topic in the last 90 days" do
      before do
        [10.days, 80.days].each do |ago|
          booking_here(booker:, starts_at: slot_time - ago, status: :no_show, holder: volunteer)
        end
      end

      let(:refusal) { I18n.t("volunteer_booking.errors.needs_approval", count: 2, days: 90) }

      it_behaves_like "a refused step", :ensure_no_approval_needed, keeps: VolunteerBooking::Booking

      context "when an organiser excused one of them" do
        before { VolunteerBooking::Booking.no_show.first.update!(no_show_excused_at: Time.current) }

        it { is_expected.to run_successfully }
      end

      context "when the limit is switched off" do
        before { SiteSetting.volunteer_booking_no_show_limit = 0 }

        it { is_expected.to run_successfully }
      end

      context "when one of them was in another booking topic" do
        before do
          VolunteerBooking::Booking.no_show.order(:starts_at).last.destroy!
          Fabricate(
            :volunteer_booking_booking,
            booker:,
            starts_at: slot_time - 10.days,
            status: :no_show,
          )
        end

        it { is_expected.to run_successfully }
      end

      context "when the older one started exactly the window's days ago" do
        before do
          VolunteerBooking::Booking
            .no_show
            .order(:starts_at)
            .first
            .update!(starts_at: 90.days.ago, ends_at: 90.days.ago + 30.minutes)
        end

        it { is_expected.to run_successfully }
      end
    end

    context "when a visitor books" do
      let(:dependencies) { { guardian: Guardian.new } }

      it { is_expected.to fail_a_policy(:signed_in) }
    end

    it "covers every refusal of the booking rules below" do
      expect(VolunteerBookingSpec::REFUSALS.keys).to match_array(
        VolunteerBooking::BookingRules::ERRORS,
      )
    end

    VolunteerBookingSpec::REFUSALS.each do |key, rule|
      context "when the booking rules refuse with #{key}" do
        let(:params) { super().merge(rule.fetch(:input, {})) }

        before { instance_exec(&rule[:setup]) if rule[:setup] }

        let(:refusal) { VolunteerBookingSpec.message(key) }

        it_behaves_like "a refused step", :place, keeps: VolunteerBooking::Booking
      end
    end

    context "when the booker's open request fills the per-user limit" do
      before { booker_request }

      let(:refusal) { VolunteerBookingSpec.message(:limit_reached) }

      it_behaves_like "a refused step", :place, keeps: VolunteerBooking::Booking
    end

    context "when the topic holds the most upcoming bookings it can" do
      before do
        stub_const("VolunteerBooking::BookingTopic::MAX_UPCOMING_BOOKINGS", 1)
        booking_here(starts_at: slot_time + 1.hour)
      end

      let(:refusal) { I18n.t("volunteer_booking.errors.topic_full", max: 1) }

      it_behaves_like "a refused step", :place, keeps: VolunteerBooking::Booking

      context "when that booking is over" do
        before do
          VolunteerBooking::Booking.update_all(starts_at: 2.hours.ago, ends_at: 90.minutes.ago)
        end

        it { is_expected.to run_successfully }
      end
    end

    context "when the key was already used in another topic" do
      before do
        Fabricate(
          :volunteer_booking_booking,
          booker:,
          idempotency_key: booking_input[:idempotency_key],
        )
      end

      it { is_expected.to fail_a_step(:find_repeat) }
    end

    context "when everything is fine" do
      it { is_expected.to run_successfully }

      it "tells the topic's pages, the queue and the booker" do
        messages =
          MessageBus
            .track_publish { result }
            .select { |m| m.channel.start_with?("/volunteer-booking/") }
        expect(messages.map(&:channel)).to contain_exactly(
          "/volunteer-booking/topics/#{booking_topic.topic_id}",
          "/volunteer-booking/queue",
          "/volunteer-booking/my-bookings",
        )
        expect(messages.map { |m| m.data[:event] }.compact.uniq).to eq(["booked"])
      end

      it "books the slot, pending, with the normalised answers" do
        expect { result }.to change { VolunteerBooking::Booking.count }.by(1)
        expect(result[:booking]).to have_attributes(
          booking_topic_id: booking_topic.id,
          shift_id: shift.id,
          starts_at: slot_time,
          ends_at: slot_time + 30.minutes,
          booker_id: booker.id,
          status: "pending",
          holder_id: nil,
          sequence: 0,
          idempotency_key: "first-try-1234",
          answers: {
            "ica_statement" => true,
            "story" => "I was laid off last month.",
            "coop_interest" => "",
          },
        )
      end

      it "schedules the reminders that are still ahead" do
        result
        expect(
          job_enqueued?(
            job: Jobs::VolunteerBooking::SendReminder,
            args: {
              booking_id: result[:booking].id,
              hours: 24,
              starts_at: "2026-12-02T14:00:00Z",
            },
          ),
        ).to eq(true)
        expect(
          job_enqueued?(
            job: Jobs::VolunteerBooking::SendReminder,
            args: {
              booking_id: result[:booking].id,
              hours: 1,
            },
          ),
        ).to eq(true)
        expect(
          Jobs::VolunteerBooking::SendReminder.jobs.map { |job| job["at"] },
        ).to contain_exactly(
          be_within(1).of((slot_time - 24.hours).to_f),
          be_within(1).of((slot_time - 1.hour).to_f),
        )
      end

      it "skips reminders whose time has passed" do
        SiteSetting.volunteer_booking_reminder_hours = "48|1"
        result
        expect(
          Jobs::VolunteerBooking::SendReminder.jobs.map { |job| job["args"].first["hours"] },
        ).to eq([1])
      end
    end

    context "when the topic has a chat channel" do
      include_context "with a booking chat channel"

      it "announces the booking from a job, once it has committed" do
        expect_enqueued_with(job: Jobs::VolunteerBooking::AnnounceBooking) { result }
        expect(
          job_enqueued?(
            job: Jobs::VolunteerBooking::AnnounceBooking,
            args: {
              booking_id: result[:booking].id,
            },
          ),
        ).to eq(true)
      end

      it "books without announcing while chat is disabled" do
        SiteSetting.chat_enabled = false
        expect_not_enqueued_with(job: Jobs::VolunteerBooking::AnnounceBooking) do
          expect(result).to run_successfully
        end
      end
    end

    context "when the topic has no chat channel" do
      it "books without announcing" do
        expect_not_enqueued_with(job: Jobs::VolunteerBooking::AnnounceBooking) do
          expect(result).to run_successfully
        end
      end
    end

    context "when the same request comes twice (a double click)" do
      fab!(:first_booking) { pending_booking(idempotency_key: "first-try-1234") }

      it { is_expected.to run_successfully }

      it "tells no page, as nothing changed" do
        channels = MessageBus.track_publish { result }.map(&:channel)
        expect(channels.grep(%r{\A/volunteer-booking/})).to be_empty
      end

      it "returns the first booking and books nothing more" do
        expect { result }.not_to change { VolunteerBooking::Booking.count }
        expect(result[:booking]).to eq(first_booking)
      end

      it "does not schedule the reminders again" do
        expect_not_enqueued_with(job: Jobs::VolunteerBooking::SendReminder) { result }
      end
    end

    context "when the booker tries too often" do
      include_context "with one booking an hour allowed"

      it "stops them with Discourse's rate limiter" do
        described_class.call(params:, **dependencies)
        expect {
          described_class.call(
            params: params.merge(idempotency_key: "second-try-1234"),
            **dependencies,
          )
        }.to raise_error(RateLimiter::LimitExceeded)
      end

      it "does not count a repeated submit of the same booking" do
        first = described_class.call(params:, **dependencies)
        repeat = described_class.call(params:, **dependencies)
        expect(repeat).to run_successfully
        expect(repeat[:booking]).to eq(first[:booking])
      end
    end

    # Invariant 1 (docs/invariants.md). The slots are read under the booking topic's row lock, so
    # a booking another request commits while this one is on its way (after
    # the booker saw the slot, before this transaction gets the lock) is
    # counted. Here the other request runs through this service at the very
    # moment this one asks for the lock, and takes the last place. (On one
    # connection it runs inside this transaction, so this refusal rolls it
    # back too: what each check saw is recorded instead.)
    context "when another request takes the last place first" do
      fab!(:racer) { Fabricate(:user, trust_level: TrustLevel[1]) }
      fab!(:earlier) { booking_here(starts_at: slot_time) }

      let(:racer_results) { [] }
      let(:booked_seen) { [] }

      before do
        racer_params = params.merge(idempotency_key: "racer-try-1234")
        calls = 0
        allow(VolunteerBooking::BookingTopic).to receive(
          :find_visible,
        ).and_wrap_original do |original, *args|
          found = original.call(*args)
          calls += 1
          if calls == 1
            allow(found).to receive(:lock!).and_wrap_original do |lock, *lock_args|
              racer_results << described_class.call(
                params: racer_params,
                guardian: Guardian.new(racer),
              )
              lock.call(*lock_args)
            end
          end
          found
        end
        allow(VolunteerBooking::SlotSource).to receive(
          :slots,
        ).and_wrap_original do |original, *args, **kwargs|
          original
            .call(*args, **kwargs)
            .tap { |slots| booked_seen << slots.find { |slot| slot.starts_at == slot_time }.booked }
        end
      end

      it { is_expected.to fail_a_step(:place) }

      it "counts the other booking and refuses this one as full" do
        expect(result["result.step.place"].error).to eq(
          I18n.t("volunteer_booking.errors.slot_full"),
        )
        expect(racer_results.size).to eq(1)
        expect(racer_results.first).to run_successfully
        expect(booked_seen).to eq([1, 2])
      end
    end

    context "when the last place is free" do
      fab!(:earlier) { booking_here(starts_at: slot_time) }

      it "takes it" do
        expect(result).to run_successfully
        expect(
          VolunteerBooking::Booking.active.where(shift_id: shift.id, starts_at: slot_time).count,
        ).to eq(2)
      end
    end
  end
end
