# frozen_string_literal: true

RSpec.describe VolunteerBooking::ListRotaVolunteers do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:topic_id) }
    it { is_expected.to allow_value(nil, "", VolunteerBooking::Page.encode(["ann"])).for(:cursor) }

    it do
      is_expected.not_to allow_value(
        "not a cursor!",
        VolunteerBooking::Page.encode([1]),
        VolunteerBooking::Page.encode(%w[ann bob]),
        VolunteerBooking::Page.encode(["a" * 101]),
      ).for(:cursor)
    end
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with a volunteer booking topic"

    fab!(:zed) { Fabricate(:user, username: "zed_volunteer") }
    fab!(:abe) { Fabricate(:user, username: "Abe_volunteer") }

    let(:params) { { topic_id: booking_topic.topic_id } }
    let(:dependencies) { { guardian: Guardian.new(organiser) } }
    let(:everyone) { [volunteer, other_volunteer, zed, abe].sort_by(&:username_lower) }

    before do
      volunteers.add(zed)
      volunteers.add(abe)
      stub_const(
        "VolunteerBooking::Page::SIZES",
        VolunteerBooking::Page::SIZES.merge(rota_volunteers: 3),
      )
    end

    context "when a volunteer asks" do
      let(:dependencies) { { guardian: Guardian.new(volunteer) } }

      it { is_expected.to fail_a_policy(:can_edit_rota) }
    end

    context "when the topic is not a booking topic" do
      let(:params) { { topic_id: Fabricate(:topic).id } }

      it { is_expected.to fail_to_find_a_model(:booking_topic) }
    end

    context "when the cursor is not one" do
      let(:params) { super().merge(cursor: "not a cursor!") }

      it { is_expected.to fail_a_contract }
    end

    context "when an organiser asks" do
      it { is_expected.to run_successfully }

      it "gives the volunteer groups' people by username, case aside, a page at a time" do
        expect(result[:page].items).to eq(everyone.first(3))
        expect(result[:page].more?).to be(true)
        expect(VolunteerBookingSpec.all_pages(described_class, params:, **dependencies)).to eq(
          everyone,
        )
      end

      it "leaves out bots and people outside the volunteer groups" do
        volunteers.add(Discourse.system_user)
        expect(
          VolunteerBookingSpec.all_pages(described_class, params:, **dependencies),
        ).not_to include(Discourse.system_user, outsider)
      end
    end
  end
end
