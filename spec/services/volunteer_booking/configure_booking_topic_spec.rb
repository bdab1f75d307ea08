# frozen_string_literal: true

RSpec.describe VolunteerBooking::ConfigureBookingTopic do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:topic_id) }
    it { is_expected.to allow_value(30).for(:session_minutes) }
    it { is_expected.not_to allow_value(4, 241, nil).for(:session_minutes) }
    it { is_expected.not_to allow_value(-1, 121).for(:buffer_minutes) }
    it { is_expected.not_to allow_value(0, 366).for(:horizon_days) }
    it { is_expected.to allow_value(nil, 1, 50).for(:max_parallel) }
    it { is_expected.not_to allow_value(0, 51).for(:max_parallel) }
    it { is_expected.not_to allow_value(5).for(:min_trust_level) }
    it { is_expected.not_to allow_value("x" * 501).for(:paused_message) }
    it { is_expected.not_to allow_value("x" * 5001).for(:volunteer_guide) }
    it { is_expected.to allow_value(0, 6).for(:gap_message_weekday) }
    it { is_expected.not_to allow_value(-1, 7).for(:gap_message_weekday) }
    it { is_expected.not_to allow_value(-1, 24).for(:gap_message_hour) }
    it { is_expected.not_to allow_value(0, 9).for(:gap_horizon_weeks) }
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with a volunteer booking topic"

    fab!(:admin)
    fab!(:new_topic, :topic)

    let(:settings) do
      {
        session_minutes: 45,
        buffer_minutes: 15,
        min_notice_minutes: 120,
        horizon_days: 30,
        max_parallel: 2,
        per_user_limit: 1,
        min_trust_level: 1,
        paused: false,
        paused_message: nil,
        questions: [
          { id: "story", label: "  What brings you here?  ", type: "textarea", required: true },
        ],
        volunteer_group_ids: [volunteers.id],
        organiser_group_id: organisers.id,
        chat_channel_id: nil,
        volunteer_guide: "Be kind.",
      }
    end
    let(:params) { settings.merge(topic_id: new_topic.id) }
    let(:dependencies) { { guardian: Guardian.new(admin) } }

    context "when params are not valid" do
      let(:params) { settings.merge(topic_id: new_topic.id, session_minutes: 500) }

      it { is_expected.to fail_a_contract }
    end

    context "when the topic does not exist" do
      let(:params) { settings.merge(topic_id: -1) }

      it { is_expected.to fail_to_find_a_model(:topic) }
    end

    context "when an organiser tries to make a new booking topic" do
      let(:dependencies) { { guardian: Guardian.new(organiser) } }

      it { is_expected.to fail_a_policy(:can_configure_settings) }
    end

    context "when a volunteer tries to change a booking topic" do
      let(:params) { settings.merge(topic_id: booking_topic.topic_id) }
      let(:dependencies) { { guardian: Guardian.new(volunteer) } }

      it { is_expected.to fail_a_policy(:can_configure_settings) }
    end

    context "when a volunteer names their own group as the organisers" do
      let(:params) do
        settings.merge(topic_id: booking_topic.topic_id, organiser_group_id: volunteers.id)
      end
      let(:dependencies) { { guardian: Guardian.new(volunteer) } }

      it { is_expected.to fail_a_policy(:can_configure_settings) }
    end

    context "when there are too many questions" do
      let(:params) do
        questions =
          (1..11).map { |n| { id: "q#{n}", label: "Question #{n}", type: "text", required: false } }
        settings.merge(topic_id: new_topic.id, questions:)
      end

      let(:refusal) { I18n.t("volunteer_booking.errors.questions_too_many", max: 10) }

      it_behaves_like "a refused step", :check_questions, keeps: VolunteerBooking::BookingTopic
    end

    context "when a group does not exist" do
      let(:params) { settings.merge(topic_id: new_topic.id, volunteer_group_ids: [-42]) }

      it { is_expected.to fail_a_step(:check_groups) }
    end

    context "when the chat channel does not exist" do
      let(:params) { settings.merge(topic_id: new_topic.id, chat_channel_id: -42) }

      it { is_expected.to fail_a_step(:check_chat_channel) }
    end

    context "when an organiser picks a group they cannot see" do
      fab!(:hidden) { Fabricate(:group, visibility_level: Group.visibility_levels[:owners]) }

      let(:params) do
        settings.merge(topic_id: booking_topic.topic_id, volunteer_group_ids: [hidden.id])
      end
      let(:dependencies) { { guardian: Guardian.new(organiser) } }

      it { is_expected.to fail_a_step(:check_groups) }

      it "answers as if it did not exist, and changes nothing" do
        expect { result }.not_to change { booking_topic.reload.volunteer_group_ids }
        expect(result["result.step.check_groups"].error).to eq(
          I18n.t("volunteer_booking.errors.group_unknown"),
        )
      end

      it "lets them keep it when an admin chose it before" do
        booking_topic.update!(volunteer_group_ids: [hidden.id])
        expect(result).to run_successfully
      end
    end

    context "when an organiser picks a group whose members they cannot see" do
      fab!(:secret_members) do
        Fabricate(:group, members_visibility_level: Group.visibility_levels[:owners])
      end

      let(:params) do
        settings.merge(topic_id: booking_topic.topic_id, volunteer_group_ids: [secret_members.id])
      end
      let(:dependencies) { { guardian: Guardian.new(organiser) } }

      it { is_expected.to fail_a_step(:check_groups) }
    end

    context "when a trust level group or everyone is chosen" do
      it "refuses each with the reason, even for admins and when already stored" do
        [Group::AUTO_GROUPS[:trust_level_0], Group::AUTO_GROUPS[:everyone]].each do |id|
          booking_topic.update_columns(volunteer_group_ids: [id])
          result =
            described_class.call(
              params: settings.merge(topic_id: booking_topic.topic_id, volunteer_group_ids: [id]),
              guardian: Guardian.new(admin),
            )
          expect(result).to fail_a_step(:check_groups)
          expect(result["result.step.check_groups"].error).to eq(
            I18n.t("volunteer_booking.errors.group_automatic"),
          )
        end
      end

      it "refuses the trust level group as the organisers too" do
        result =
          described_class.call(
            params:
              settings.merge(
                topic_id: new_topic.id,
                organiser_group_id: Group::AUTO_GROUPS[:trust_level_1],
              ),
            guardian: Guardian.new(admin),
          )
        expect(result).to fail_a_step(:check_groups)
      end
    end

    context "when a non-staff organiser would lock themselves out" do
      let(:dependencies) { { guardian: Guardian.new(organiser) } }

      it "refuses no organiser group, and a group they are not in" do
        [nil, volunteers.id].each do |group_id|
          result =
            described_class.call(
              params:
                settings.merge(topic_id: booking_topic.topic_id, organiser_group_id: group_id),
              **dependencies,
            )
          expect(result).to fail_a_step(:check_organiser_kept)
          expect(result["result.step.check_organiser_kept"].error).to eq(
            I18n.t("volunteer_booking.errors.organiser_lockout"),
          )
        end
        expect(booking_topic.reload.organiser_group_id).to eq(organisers.id)
      end

      it "lets staff leave the topic to staff alone" do
        result =
          described_class.call(
            params: settings.merge(topic_id: booking_topic.topic_id, organiser_group_id: nil),
            guardian: Guardian.new(admin),
          )
        expect(result).to run_successfully
        expect(booking_topic.reload.organiser_group_id).to be_nil
      end
    end

    context "when an organiser says where people meet" do
      let(:dependencies) { { guardian: Guardian.new(organiser) } }
      let(:template) { "https://meet.jit.si/digital-candle-{token}" }

      def configure(**meeting_place)
        described_class.call(
          params: settings.merge(topic_id: booking_topic.topic_id, **meeting_place),
          **dependencies,
        )
      end

      it "refuses an unknown mode, a template mode without a template and a bad template" do
        {
          { meeting_mode: "carrier_pigeon" } => "call_link_mode_unknown",
          {
            meeting_mode: "call_link_template",
            call_link_template: "",
          } =>
            "call_link_template_missing",
          {
            meeting_mode: "call_link_template",
            call_link_template: "http://meet.jit.si/{token}",
          } =>
            "call_link_not_https",
          {
            meeting_mode: "volunteer_link",
            call_link_template: "https://meet.jit.si/same-room",
          } =>
            "call_link_token_missing",
        }.each do |meeting_place, key|
          result = configure(**meeting_place)
          expect(result).to fail_a_step(:check_meeting_place)
          expect(result["result.step.check_meeting_place"].error).to eq(
            I18n.t("volunteer_booking.errors.#{key}"),
          )
        end
        expect(booking_topic.reload).to have_attributes(
          meeting_mode: "private_message",
          call_link_template: nil,
        )
      end

      it "saves a template with its mode, and keeps it in another mode" do
        %w[call_link_template volunteer_link].each do |mode|
          expect(configure(meeting_mode: mode, call_link_template: template)).to run_successfully
          expect(booking_topic.reload).to have_attributes(
            meeting_mode: mode,
            call_link_template: template,
          )
        end
      end

      it "takes an empty template field as no template" do
        expect(configure(meeting_mode: "private_message", call_link_template: "")).to(
          run_successfully,
        )
        expect(booking_topic.reload.call_link_template).to be_nil
      end
    end

    context "with chat on" do
      fab!(:public_channel, :category_channel)
      fab!(:staff_channel) { Fabricate(:private_category_channel, group: Group[:staff]) }
      fab!(:direct_message) { Fabricate(:direct_message_channel, users: [organiser, volunteer]) }

      let(:dependencies) { { guardian: Guardian.new(organiser) } }

      before do
        SiteSetting.chat_enabled = true
        SiteSetting.chat_allowed_groups = "1|2|#{organisers.id}"
      end

      def configure(channel)
        described_class.call(
          params: settings.merge(topic_id: booking_topic.topic_id, chat_channel_id: channel.id),
          **dependencies,
        )
      end

      it "takes a category channel the organiser can post in" do
        expect(configure(public_channel)).to run_successfully
        expect(booking_topic.reload.chat_channel_id).to eq(public_channel.id)
      end

      it "refuses a direct message channel and one in a category they cannot see" do
        [direct_message, staff_channel].each do |channel|
          result = configure(channel)
          expect(result).to fail_a_step(:check_chat_channel)
          expect(result["result.step.check_chat_channel"].error).to eq(
            I18n.t("volunteer_booking.errors.channel_unknown"),
          )
        end
        expect(booking_topic.reload.chat_channel_id).to be_nil
      end

      it "refuses a closed channel to an organiser who is not staff" do
        public_channel.update!(status: :closed)
        expect(configure(public_channel)).to fail_a_step(:check_chat_channel)
      end

      it "keeps the channel an admin chose before" do
        booking_topic.update!(chat_channel_id: staff_channel.id)
        expect(configure(staff_channel)).to run_successfully
      end
    end

    context "when staff make a topic a booking topic" do
      it { is_expected.to run_successfully }

      it "creates the booking topic with the settings" do
        expect { result }.to change { VolunteerBooking::BookingTopic.count }.by(1)

        booking_topic = new_topic.reload.volunteer_booking_topic
        expect(booking_topic).to have_attributes(
          session_minutes: 45,
          buffer_minutes: 15,
          min_notice_minutes: 120,
          horizon_days: 30,
          max_parallel: 2,
          min_trust_level: 1,
          volunteer_group_ids: [volunteers.id],
          organiser_group_id: organisers.id,
          volunteer_guide: "Be kind.",
          created_by_id: admin.id,
          updated_by_id: admin.id,
        )
        expect(booking_topic.intake_questions).to eq(
          [
            {
              "id" => "story",
              "label" => "What brings you here?",
              "type" => "textarea",
              "required" => true,
              "link" => nil,
            },
          ],
        )
      end
    end

    context "when an organiser changes their booking topic" do
      let(:params) { settings.merge(topic_id: booking_topic.topic_id) }
      let(:dependencies) { { guardian: Guardian.new(organiser) } }

      it { is_expected.to run_successfully }

      it "updates it in place" do
        expect { result }.not_to change { VolunteerBooking::BookingTopic.count }
        expect(booking_topic.reload).to have_attributes(
          session_minutes: 45,
          updated_by_id: organiser.id,
        )
      end
    end
  end
end
