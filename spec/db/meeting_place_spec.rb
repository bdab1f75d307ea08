# frozen_string_literal: true

require_relative "../db_helper"

# Where a booker and a volunteer meet: the topic's mode and template, a
# booking's token and link, a volunteer's own link.
RSpec.describe "the meeting place" do # rubocop:disable RSpec/DescribeClass
  let(:booking_topic) { create_booking_topic }
  let(:booker) { create_user("bea") }
  let(:volunteer) { create_user("ana") }
  let(:template) { "https://meet.jit.si/digital-candle-{token}" }
  let(:token) { VolunteerBooking::CallLink.generate_token }
  let(:error) { ->(key, **params) { I18n.t("volunteer_booking.errors.#{key}", **params) } }

  def booking(**attributes)
    starts_at = Time.utc(2027, 3, 3, 10)
    VolunteerBooking::Booking.new(
      booking_topic: booking_topic,
      booker_id: booker.id,
      starts_at: starts_at,
      ends_at: starts_at + 30.minutes,
      **attributes,
    )
  end

  describe VolunteerBooking::BookingTopic do
    it "meets in the private message unless the organiser chooses otherwise" do
      expect(booking_topic.reload).to have_attributes(
        meeting_mode: "private_message",
        call_link_template: nil,
      )
    end

    it "saves a template with its mode" do
      booking_topic.update!(meeting_mode: "call_link_template", call_link_template: template)
      expect(booking_topic.reload.call_link_template).to eq(template)
    end

    it "refuses a mode it does not know and a template mode without a template" do
      booking_topic.meeting_mode = "carrier_pigeon"
      expect(refusal(booking_topic)).to eq(["Meeting mode is not included in the list"])
      booking_topic.meeting_mode = "call_link_template"
      expect(refusal(booking_topic)).to eq([error.call(:call_link_template_missing)])
    end

    it "refuses a template the core refuses, with the core's reason" do
      booking_topic.assign_attributes(
        meeting_mode: "call_link_template",
        call_link_template: "https://{token}.example.org/",
      )
      expect(refusal(booking_topic)).to eq([error.call(:call_link_host_invalid)])
      booking_topic.call_link_template = "https://meet.jit.si/{room}-{token}"
      expect(refusal(booking_topic)).to eq(
        [error.call(:call_link_placeholder_unknown, name: "room")],
      )
    end

    it "keeps a template from an earlier mode" do
      booking_topic.update!(meeting_mode: "call_link_template", call_link_template: template)
      booking_topic.update!(meeting_mode: "volunteer_link")
      expect(booking_topic.reload.call_link_template).to eq(template)
    end

    it "has PostgreSQL refuse what the model would" do
      saved = booking_topic
      {
        { meeting_mode: "carrier_pigeon" } => "volunteer_booking_topics_meeting_mode_known",
        { meeting_mode: "call_link_template" } => "volunteer_booking_topics_template_for_its_mode",
        {
          call_link_template: "http://meet.jit.si/{token}",
        } =>
          "volunteer_booking_topics_call_link_template_https",
        {
          call_link_template: "https://meet.jit.si/a b",
        } =>
          "volunteer_booking_topics_call_link_template_https",
      }.each do |attributes, name|
        expect { saved.update_columns(attributes) }.to violate_check_constraint(name)
      end
      expect(saved.reload.meeting_mode).to eq("private_message")
    end
  end

  describe VolunteerBooking::Booking do
    it "keeps its token and its link" do
      record = booking(call_token: token)
      record.save!
      link = VolunteerBooking::CallLink.expand(template, token: token, booking_id: record.id)
      record.update!(call_link: link)
      expect(record.reload).to have_attributes(call_token: token, call_link: link)
    end

    it "moves calendars to a changed link, and only a changed one" do
      record = booking(call_token: token).tap(&:save!)
      expect(record.change_call_link!("https://meet.jit.si/anas-room")).to eq(true)
      expect(record.reload).to have_attributes(
        call_link: "https://meet.jit.si/anas-room",
        sequence: 1,
      )
      expect(record.change_call_link!("https://meet.jit.si/anas-room")).to eq(false)
      expect(record.change_call_link!("https://meet.jit.si/bobs-room")).to eq(true)
      expect(record.reload.sequence).to eq(2)
    end

    describe "#take_holders_call_link!" do
      let(:anas_link) { "https://meet.jit.si/anas-room" }
      let(:other) { create_user("oli") }

      before do
        booking_topic.update!(meeting_mode: "volunteer_link")
        VolunteerBooking::VolunteerProfile.create!(user: volunteer, call_link: anas_link)
      end

      it "follows whoever holds the booking, moving calendars each time" do
        record = booking(status: :picked_up, holder_id: volunteer.id).tap(&:save!)
        expect(record.take_holders_call_link!).to eq(true)
        expect(record.reload).to have_attributes(call_link: anas_link, sequence: 1)

        record.update!(holder_id: other.id)
        expect(record.take_holders_call_link!).to eq(true)
        expect(record.reload).to have_attributes(call_link: nil, sequence: 2)

        record.update!(holder_id: volunteer.id)
        record.take_holders_call_link!
        record.update!(status: :pending, holder_id: nil)
        expect(record.take_holders_call_link!).to eq(true)
        expect(record.reload).to have_attributes(call_link: nil, sequence: 4)
        expect(record.take_holders_call_link!).to eq(false)
        expect(record.reload.sequence).to eq(4)
      end

      it "moves the booker's calendar to the new link (the golden .ics)" do
        record = booking(status: :picked_up, holder_id: volunteer.id).tap(&:save!)
        VolunteerBooking::VolunteerProfile.create!(
          user: other,
          call_link: "https://meet.jit.si/olis-room",
        )
        record.take_holders_call_link!
        record.update!(holder_id: other.id)
        record.take_holders_call_link!

        ics =
          VolunteerBooking::Ics.new(
            host: "forum.example.coop",
            now: Time.utc(2027, 3, 1, 9),
          ).calendar(
            record.reload.calendar_attributes.merge(
              id: 17,
              summary: "Co-op chat",
              description: "Booked in https://forum.example.coop/t/co-op-chat/123",
              url: "https://forum.example.coop/t/co-op-chat/123",
            ),
          )
        golden =
          File.expand_path("../lib/volunteer_booking/fixtures/booking_handed_over.ics", __dir__)
        expect(ics).to eq(File.binread(golden).force_encoding("UTF-8"))
      end

      it "leaves a link of the other modes alone" do
        link = VolunteerBooking::CallLink.expand(template, token: token, booking_id: 1)
        booking_topic.update!(meeting_mode: "call_link_template", call_link_template: template)
        record =
          booking(call_token: token, call_link: link, status: :picked_up, holder_id: volunteer.id)
        record.save!
        expect(record.take_holders_call_link!).to eq(false)
        expect(record.reload).to have_attributes(call_link: link, sequence: 0)
      end
    end

    it "changes nothing when the new link is refused" do
      record = booking.tap(&:save!)
      expect { record.change_call_link!("http://meet.jit.si/x") }.to raise_error(
        ActiveRecord::RecordInvalid,
      )
      expect(record.reload).to have_attributes(call_link: nil, sequence: 0)
    end

    it "refuses a guessable token and a link the core refuses" do
      expect(refusal(booking(call_token: "abc"))).to eq(["Call token is invalid"])
      expect(refusal(booking(call_link: "https://ann:pw@meet.jit.si/x"))).to eq(
        [error.call(:call_link_userinfo)],
      )
    end

    it "has PostgreSQL refuse them too" do
      saved = booking.tap(&:save!)
      {
        { call_token: "short" } => "volunteer_booking_bookings_call_token_unguessable",
        { call_token: "#{"a" * 21}/" } => "volunteer_booking_bookings_call_token_unguessable",
        { call_link: "javascript:alert(1)" } => "volunteer_booking_bookings_call_link_https",
        { call_link: "https://meet.jit.si/\nx" } => "volunteer_booking_bookings_call_link_https",
      }.each do |attributes, name|
        expect { saved.update_columns(attributes) }.to violate_check_constraint(name)
      end
      expect(saved.reload).to have_attributes(call_token: nil, call_link: nil)
    end
  end

  describe VolunteerBooking::Placement do
    let(:date) { in_two_days }
    let(:shift) { create_shift(booking_topic, date) }
    let(:template) { "https://meet.jit.si/digital-candle-{token}?b={booking}" }

    before { 2.times { |index| create_volunteer(shift, "volunteer#{index}") } }

    def place(booker, time)
      outcome =
        VolunteerBooking::Placement.place(
          booking_topic,
          booker: booker,
          shift_id: shift.id,
          starts_at: at(date, time),
          answers: {
          },
          idempotency_key: nil,
        )
      expect(outcome.error).to be_nil
      outcome.booking.reload
    end

    it "gives each booking of a topic with a call link per booking its own room" do
      booking_topic.update!(meeting_mode: "call_link_template", call_link_template: template)
      first = place(booker, "10:00")
      second = place(create_user("cai"), "10:00")

      [first, second].each do |placed|
        expect(placed.call_token).to match(/\A[A-Za-z0-9_-]{22}\z/)
        expect(placed).to have_attributes(
          call_link: "https://meet.jit.si/digital-candle-#{placed.call_token}?b=#{placed.id}",
          sequence: 0,
        )
      end
      expect(first.call_token).not_to eq(second.call_token)
    end

    it "draws no token in the other modes" do
      %w[private_message volunteer_link].each_with_index do |mode, index|
        booking_topic.update!(meeting_mode: mode, call_link_template: template)
        placed = place(create_user("booker#{index}"), "1#{index}:00")
        expect(placed).to have_attributes(call_token: nil, call_link: nil)
      end
    end

    it "draws a fresh token and link on request, moving calendars to it" do
      booking_topic.update!(meeting_mode: "call_link_template", call_link_template: template)
      placed = place(booker, "10:00")
      old_token = placed.call_token

      expect(placed.refresh_call_link!).to eq(true)
      placed.reload
      expect(placed.call_token).not_to eq(old_token)
      expect(placed).to have_attributes(
        call_link: "https://meet.jit.si/digital-candle-#{placed.call_token}?b=#{placed.id}",
        sequence: 1,
      )
    end
  end

  describe VolunteerBooking::VolunteerProfile do
    let(:link) { "https://meet.jit.si/anas-room" }

    it "keeps one link per volunteer" do
      VolunteerBooking::VolunteerProfile.create!(user: volunteer, call_link: link)
      expect(VolunteerBooking::VolunteerProfile.call_link_of(volunteer.id)).to eq(link)
      expect(VolunteerBooking::VolunteerProfile.call_link_of(booker.id)).to be_nil
      duplicate = VolunteerBooking::VolunteerProfile.new(user: volunteer)
      expect(duplicate).not_to be_valid
      expect(duplicate.errors.full_messages).to eq(["User has already been taken"])
    end

    it "refuses a link the core refuses, and PostgreSQL does too" do
      profile = VolunteerBooking::VolunteerProfile.new(user: volunteer, call_link: "http://x.org/")
      expect(refusal(profile)).to eq([error.call(:call_link_not_https)])
      profile.update!(call_link: link)
      expect { profile.update_columns(call_link: "https://x.org/ y") }.to violate_check_constraint(
        "volunteer_booking_volunteer_profiles_call_link_https",
      )
      expect(profile.reload.call_link).to eq(link)
    end
  end
end
