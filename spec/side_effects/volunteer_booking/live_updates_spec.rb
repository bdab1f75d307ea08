# frozen_string_literal: true

RSpec.describe VolunteerBooking::LiveUpdates do
  include_context "with a picked-up booking"

  let(:topic) { booking_topic.topic }
  let(:topic_channel) { "/volunteer-booking/topics/#{topic.id}" }

  def published
    MessageBus.track_publish { yield }
  end

  describe ".booking_changed" do
    subject(:messages) { published { described_class.booking_changed(booking, :picked_up) } }

    let(:by_channel) { messages.index_by(&:channel) }

    it "tells the topic's readers, its team and the booker, one message each" do
      expect(messages.map(&:channel)).to contain_exactly(
        topic_channel,
        "/volunteer-booking/queue",
        "/volunteer-booking/my-bookings",
      )
    end

    it "sends the readers of a public topic the topic id alone, to everyone" do
      message = by_channel[topic_channel]

      expect(message.data).to eq(topic_id: topic.id)
      expect(message.group_ids).to be_nil
      expect(message.user_ids).to be_nil
    end

    it "sends the queue to the volunteer, organiser and staff groups" do
      message = by_channel["/volunteer-booking/queue"]

      expect(message.group_ids).to contain_exactly(
        volunteers.id,
        organisers.id,
        Group::AUTO_GROUPS[:staff],
      )
      expect(message.user_ids).to be_nil
    end

    it "sends the booker alone their booking's state" do
      message = by_channel["/volunteer-booking/my-bookings"]

      expect(message.user_ids).to eq([booker.id])
      expect(message.group_ids).to be_nil
    end

    it "carries ids and states only, never answers or names" do
      message = by_channel["/volunteer-booking/my-bookings"]

      expect(message.data).to eq(
        event: "picked_up",
        booking_id: booking.id,
        topic_id: topic.id,
        status: "picked_up",
      )
      expect(messages.map { |m| m.data.to_json }.join).not_to include(
        "laid off",
        booker.username,
        volunteer.username,
      )
    end

    it "tells only the booker of an outcome" do
      messages = published { described_class.booking_changed(booking, :outcome) }

      expect(messages.map(&:channel)).to eq(["/volunteer-booking/my-bookings"])
    end

    it "sends a booking whose booker's account is gone to no visitor" do
      booking.booker_id = nil
      messages = published { described_class.booking_changed(booking, :cancelled) }

      expect(messages.map(&:channel)).not_to include("/volunteer-booking/my-bookings")
    end

    it "sends nothing until the change commits, and nothing when it rolls back" do
      messages =
        published do
          ActiveRecord::Base.transaction(requires_new: true) do
            described_class.booking_changed(booking, :cancelled)
            raise ActiveRecord::Rollback
          end
        end

      expect(messages).to be_empty
    end

    context "when the topic is in a restricted category" do
      fab!(:readers, :group)
      fab!(:category) { Fabricate(:private_category, group: readers) }

      before do
        topic.update!(category:)
        readers.add(volunteer)
      end

      it "sends the topic's readers to the category's groups" do
        expect(by_channel[topic_channel].group_ids).to eq([readers.id])
      end

      it "sends the queue only to team members who can see the topic, and admins" do
        message = by_channel["/volunteer-booking/queue"]

        expect(message.user_ids).to eq([volunteer.id])
        expect(message.group_ids).to eq([Group::AUTO_GROUPS[:admins]])
      end
    end

    context "when the category's readers are no group at all" do
      fab!(:category) { Fabricate(:private_category, group: Fabricate(:group)) }

      before do
        topic.update!(category:)
        category.category_groups.destroy_all
      end

      it "sends the readers nothing, as MessageBus would send empty lists to everyone" do
        expect(by_channel).not_to have_key(topic_channel)
      end
    end

    context "when publishing fails" do
      before { MessageBus.stubs(:publish).raises(StandardError, "redis is down") }

      it "never breaks the change that was made" do
        expect { described_class.booking_changed(booking, :picked_up) }.not_to raise_error
      end
    end
  end

  describe ".volunteer_rota_changed" do
    it "tells the readers of every topic whose rota the volunteer is on" do
      messages = published { described_class.volunteer_rota_changed(volunteer) }

      expect(messages.map(&:channel)).to eq([topic_channel])
    end

    it "tells nobody for a volunteer on no rota" do
      expect(published { described_class.volunteer_rota_changed(outsider) }).to be_empty
    end
  end
end
