# frozen_string_literal: true

RSpec.describe VolunteerBooking::FetchBookingTopicSettings do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:topic_id) }
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with a volunteer booking topic"

    fab!(:admin)
    fab!(:new_topic, :topic)

    let(:params) { { topic_id: booking_topic.topic_id } }
    let(:dependencies) { { guardian: Guardian.new(organiser) } }

    context "when the topic does not exist" do
      let(:params) { { topic_id: -1 } }

      it { is_expected.to fail_to_find_a_model(:topic) }
    end

    context "when the user is not an organiser" do
      let(:dependencies) { { guardian: Guardian.new(volunteer) } }

      it { is_expected.to fail_a_policy(:can_configure_settings) }
    end

    context "when an organiser opens their booking topic" do
      it { is_expected.to run_successfully }

      it "returns the stored settings and the choices" do
        expect(result[:booking_topic]).to eq(booking_topic)
        expect(result[:choices][:groups]).to include(
          { id: volunteers.id, name: volunteers.full_name.presence || volunteers.name },
        )
      end

      it "counts each shift's rota entries that are not over yet" do
        rota_entry_for(volunteer)
        rota_entry_for(other_volunteer, on_date: Date.new(2026, 12, 9))
        # A Wednesday before today: over, so no longer on the rota.
        rota_entry_for(organiser, on_date: Date.new(2026, 11, 4))

        expect(result[:rota_entry_counts]).to eq({ shift.id => 2 })
      end
    end

    context "when some groups and channels are not the organiser's to choose" do
      fab!(:hidden) { Fabricate(:group, visibility_level: Group.visibility_levels[:owners]) }
      fab!(:secret_members) do
        Fabricate(:group, members_visibility_level: Group.visibility_levels[:owners])
      end
      fab!(:public_channel, :category_channel)
      fab!(:staff_channel) { Fabricate(:private_category_channel, group: Group[:staff]) }
      fab!(:direct_message) { Fabricate(:direct_message_channel, users: [organiser, volunteer]) }

      before do
        SiteSetting.chat_enabled = true
        SiteSetting.chat_allowed_groups = "1|2|#{organisers.id}"
      end

      it "offers only groups they and their members can see, never automatic ones" do
        ids = result[:choices][:groups].map { |group| group[:id] }
        expect(ids).to include(volunteers.id, organisers.id)
        expect(ids).not_to include(
          hidden.id,
          secret_members.id,
          Group::AUTO_GROUPS[:everyone],
          Group::AUTO_GROUPS[:trust_level_0],
          Group::AUTO_GROUPS[:trust_level_4],
        )
      end

      it "offers only category channels they can post in" do
        ids = result[:choices][:chat_channels].map { |channel| channel[:id] }
        expect(ids).to include(public_channel.id)
        expect(ids).not_to include(staff_channel.id, direct_message.id)
      end
    end

    context "when staff open a topic that is not a booking topic yet" do
      let(:params) { { topic_id: new_topic.id } }
      let(:dependencies) { { guardian: Guardian.new(admin) } }

      before do
        SiteSetting.volunteer_booking_default_session_minutes = 40
        SiteSetting.volunteer_booking_min_trust_level = 2
      end

      it { is_expected.to run_successfully }

      it "returns the site's defaults without saving anything" do
        expect { result }.not_to change { VolunteerBooking::BookingTopic.count }
        expect(result[:booking_topic]).to have_attributes(
          new_record?: true,
          session_minutes: 40,
          min_trust_level: 2,
          volunteer_guide: SiteSetting.volunteer_booking_default_volunteer_guide,
        )
        expect(result[:booking_topic].intake_questions.map { |q| q["id"] }).to eq(
          VolunteerBooking::BookingTopic::DEFAULT_QUESTIONS.pluck("id"),
        )
      end
    end

    context "when staff open a new topic once the Friends setup has run" do
      fab!(:friends) { Fabricate(:group, name: "friends", full_name: "Friends") }

      let(:params) { { topic_id: new_topic.id } }
      let(:dependencies) { { guardian: Guardian.new(admin) } }

      before do
        SiteSetting.chat_enabled = true
        SiteSetting.chat_allowed_groups = "1|2|#{friends.id}"
      end

      it "preselects the Friends as volunteers, among the choices" do
        expect(result[:booking_topic].volunteer_group_ids).to eq([friends.id])
        expect(result[:choices][:groups]).to include({ id: friends.id, name: "Friends" })
      end

      it "preselects nothing while the Friends may not chat" do
        SiteSetting.chat_allowed_groups = "1|2"
        expect(result[:booking_topic].volunteer_group_ids).to eq([])
      end

      it "leaves an existing booking topic's groups as they are" do
        existing =
          described_class.call(
            params: {
              topic_id: booking_topic.topic_id,
            },
            guardian: Guardian.new(admin),
          )
        expect(existing[:booking_topic].volunteer_group_ids).to eq([volunteers.id])
      end
    end
  end
end
