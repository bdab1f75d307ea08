# frozen_string_literal: true

RSpec.describe VolunteerBooking::RemoveFriend do
  describe described_class::Contract, type: :model do
    it { is_expected.to validate_presence_of(:user_id) }
  end

  describe ".call" do
    subject(:result) { described_class.call(params:, **dependencies) }

    include_context "with booking topics in chat"

    fab!(:helper, :user)

    let(:params) { { user_id: helper.id } }
    let(:dependencies) { { guardian: admin.guardian } }

    context "when the setup has not run" do
      it { is_expected.to fail_a_step(:find_group) }
    end

    context "when the setup has run" do
      before do
        set_up_friends
        friends.add(helper)
      end

      context "when a moderator revokes" do
        let(:dependencies) { { guardian: moderator.guardian } }

        it { is_expected.to fail_a_policy(:can_manage_friends) }
      end

      context "when a regular user revokes" do
        let(:dependencies) { { guardian: Fabricate(:user).guardian } }

        it { is_expected.to fail_a_policy(:can_manage_friends) }
      end

      context "when the user does not exist" do
        let(:params) { { user_id: -1 } }

        it { is_expected.to fail_to_find_a_model(:user) }
      end

      context "when an admin revokes" do
        fab!(:shift) { Fabricate(:volunteer_booking_shift, booking_topic: members_booking_topic) }
        fab!(:rota_entry) { rota_entry_for(helper) }
        fab!(:booking) do
          Fabricate(
            :volunteer_booking_picked_up_booking,
            booking_topic: members_booking_topic,
            shift:,
            holder: helper,
            picked_up_at: Time.current,
          )
        end

        it { is_expected.to run_successfully }

        it "takes them out, in the group's log" do
          result
          expect(friends.users).not_to include(helper)
          expect(
            GroupHistory.where(
              group: friends,
              acting_user: admin,
              target_user: helper,
              action: GroupHistory.actions[:remove_user_from_group],
            ),
          ).to exist
        end

        it "keeps their rota entries and bookings" do
          expect { result }.not_to change {
            [VolunteerBooking::RotaEntry.count, VolunteerBooking::Booking.count]
          }
          expect(booking.reload.holder).to eq(helper)
        end
      end

      context "when they are not a Friend" do
        before { friends.remove(helper) }

        it "changes nothing" do
          expect { result }.not_to change { GroupHistory.count }
        end
      end
    end
  end
end
