# frozen_string_literal: true

RSpec.describe "A booker's data" do
  include_context "with volunteers on the rota"

  fab!(:admin)
  fab!(:past) do
    booking_here(
      booker:,
      starts_at: slot_time - 7.days,
      ends_at: slot_time - 7.days + 30.minutes,
      status: :held,
    )
  end
  fab!(:upcoming) { pending_booking }
  fab!(:someone_elses) { booking_here(starts_at: slot_time) }

  describe "anonymising the booker" do
    it "keeps their bookings as they were but without answers" do
      UserAnonymizer.new(booker, admin).make_anonymous

      expect(past.reload).to have_attributes(status: "held", answers: {})
      expect(upcoming.reload).to have_attributes(status: "pending", answers: {})
      expect(someone_elses.reload.answers).not_to be_empty
    end
  end

  describe "deleting the booker" do
    it "keeps their bookings without answers and cancels the ones to come" do
      UserDestroyer.new(admin).destroy(booker)

      expect(VolunteerBooking::Booking.where(id: [past.id, upcoming.id]).count).to eq(2)
      expect(past.reload).to have_attributes(status: "held", answers: {})
      expect(upcoming.reload).to have_attributes(
        status: "cancelled",
        answers: {
        },
        sequence: 1,
        cancelled_by_id: nil,
      )
      expect(someone_elses.reload).to have_attributes(status: "pending")
    end

    # The event comes after the deletion has committed: a failing clean-up
    # (here Redis, gone away) is logged, never raised into the deletion;
    # the daily catch-up does it later.
    it "still deletes them when the clean-up fails" do
      allow(VolunteerBooking::AccountCleanUp).to receive(:user_gone).and_raise(
        Redis::CannotConnectError,
      )
      allow(Discourse).to receive(:warn_exception)

      expect { UserDestroyer.new(admin).destroy(booker) }.not_to raise_error
      expect(User.exists?(booker.id)).to eq(false)
      expect(Discourse).to have_received(:warn_exception).with(
        an_instance_of(Redis::CannotConnectError),
        message: "Volunteer booking: cleaning up after deleted user #{booker.id} failed",
      )
    end
  end

  describe "the user's data export" do
    let(:job) { Jobs::ExportUserArchive.new.tap { |export| export.archive_for_user = booker } }

    it "is a component of the export" do
      expect(Jobs::ExportUserArchive::COMPONENTS).to include("volunteer_bookings")
      expect(job.volunteer_bookings_filetype).to eq(:json)
      expect(job.include_volunteer_bookings?).to eq(true)
    end

    it "adds nothing while the plugin is disabled" do
      SiteSetting.volunteer_booking_enabled = false

      expect(job.include_volunteer_bookings?).to eq(false)
    end

    it "holds the user's bookings with their own answers" do
      exported = job.volunteer_bookings_export

      expect(exported.map { |row| row[:id] }).to eq([past.id, upcoming.id])
      expect(exported.last).to include(
        topic_title: booking_topic.topic.title,
        topic_url: booking_topic.topic.url,
        starts_at: "2026-12-02T14:00:00Z",
        ends_at: "2026-12-02T14:30:00Z",
        status: "pending",
        answers: upcoming.answers,
      )
      expect(exported.to_json).not_to include(booker.email, someone_elses.booker.email)
    end

    it "is an empty list for users who never booked" do
      job.archive_for_user = outsider

      expect(job.volunteer_bookings_export).to eq([])
    end

    it "holds the user's booking requests with their own note and answers, and only theirs" do
      expect(Jobs::ExportUserArchive::COMPONENTS).to include("volunteer_booking_requests")
      expect(job.volunteer_booking_requests_filetype).to eq(:json)
      mine = booker_request(note: "Mornings.")
      Fabricate(:volunteer_booking_request, booking_topic:, note: "Someone else's.")

      exported = job.volunteer_booking_requests_export

      expect(exported.map { |row| row[:id] }).to eq([mine.id])
      expect(exported.first).to include(
        topic_url: booking_topic.topic.url,
        status: "open",
        windows: mine.windows,
        time_zone: "Europe/London",
        note: "Mornings.",
        answers: mine.answers,
      )
      expect(exported.to_json).not_to include("Someone else's")
    end

    it "holds the call link a volunteer keeps, and only theirs" do
      expect(Jobs::ExportUserArchive::COMPONENTS).to include("volunteer_profile")
      expect(job.volunteer_profile_filetype).to eq(:json)
      VolunteerBooking::VolunteerProfile.create!(
        user: outsider,
        call_link: "https://meet.jit.si/outsiders-room",
      )
      expect(job.volunteer_profile_export).to eq(call_link: nil)

      job.archive_for_user = outsider
      expect(job.volunteer_profile_export).to eq(call_link: "https://meet.jit.si/outsiders-room")
    end
  end
end
