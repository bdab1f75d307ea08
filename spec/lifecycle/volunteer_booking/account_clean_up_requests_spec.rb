# frozen_string_literal: true

# AccountCleanUp for booking requests, as account_clean_up_spec.rb is for
# bookings: a requester's requests are withdrawn and forget them; a taker's
# go back to being open.
RSpec.describe VolunteerBooking::AccountCleanUp do
  include_context "with a taken booking request"

  fab!(:admin)
  fab!(:closed_request) do
    Fabricate(
      :volunteer_booking_request,
      booking_topic: Fabricate(:volunteer_booking_topic),
      requester: booker,
      status: :expired,
      note: "Evenings only.",
    )
  end

  describe "a requester anonymised" do
    subject(:anonymise) { UserAnonymizer.make_anonymous(booker, admin) }

    it "withdraws their open request and forgets them, their notes and their answers" do
      anonymise
      expect(booking_request.reload).to have_attributes(
        status: "withdrawn",
        requester_id: nil,
        note: nil,
        answers: {
        },
      )
      expect(closed_request.reload).to have_attributes(
        status: "expired",
        requester_id: nil,
        note: nil,
      )
    end
  end

  describe "a taker deleted" do
    subject(:delete_taker) { UserDestroyer.new(admin).destroy(volunteer) }

    it "opens their taken requests again" do
      delete_taker
      expect(booking_request.reload).to have_attributes(status: "open", taker_id: nil)
    end
  end

  describe "a taker leaving the volunteer groups" do
    it "gives back the requests of the topics they no longer volunteer for" do
      volunteers.remove(volunteer)
      expect(booking_request.reload).to have_attributes(status: "open", taker_id: nil)
    end

    it "keeps them while another of the topic's volunteer groups still has them" do
      friends = Fabricate(:group)
      booking_topic.update!(volunteer_group_ids: [volunteers.id, friends.id])
      friends.add(volunteer)
      friends.remove(volunteer)
      expect(booking_request.reload).to have_attributes(status: "taken", taker_id: volunteer.id)
    end
  end
end
