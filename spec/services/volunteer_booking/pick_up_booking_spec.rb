# frozen_string_literal: true

RSpec.describe VolunteerBooking::PickUpBooking do
  describe described_class::Contract, type: :model do
    it do
      is_expected.to validate_length_of(:call_link).is_at_most(
        VolunteerBooking::Limits.length(:call_link),
      )
    end
  end

  describe ".call" do
    include_context "with an action on a booking", by: :volunteer

    fab!(:booking) { pending_booking }

    it_behaves_like "refused by its policy", :can_pick_up, %i[outsider organiser]

    def private_message
      Topic.find_by(id: booking.reload.private_message_topic_id)
    end

    context "when the booker is a volunteer picking their own booking" do
      before { volunteers.add(booker) }

      let(:dependencies) { { guardian: Guardian.new(booker) } }

      it { is_expected.to fail_a_policy(:can_pick_up) }
    end

    context "when another volunteer has already picked it up" do
      before do
        booking.update!(status: :picked_up, holder: other_volunteer, picked_up_at: 1.hour.ago)
      end

      it { is_expected.to fail_a_step(:pick_up) }

      it "says who has it and changes nothing" do
        expect { result }.not_to change { booking.reload.attributes }
        expect(result["result.step.pick_up"].error).to eq(
          I18n.t("volunteer_booking.errors.already_picked_up", username: other_volunteer.username),
        )
        expect(private_message).to be_nil
      end
    end

    context "when the volunteer holds an overlapping session in another topic" do
      fab!(:elsewhere) { session_elsewhere(starts_at: slot_time + 15.minutes) }

      it { is_expected.to fail_a_step(:pick_up) }

      it "names the clashing session's time and changes nothing" do
        volunteer.user_option.update!(timezone: "Europe/Lisbon")
        expect { result }.not_to change { booking.reload.attributes }
        expect(result["result.step.pick_up"].error).to eq(
          busy_refusal(volunteer, elsewhere.starts_at, "Europe/Lisbon"),
        )
        expect(private_message).to be_nil
      end

      it "lets them pick up a booking that only touches it" do
        elsewhere.update!(starts_at: slot_time + 30.minutes, ends_at: slot_time + 1.hour)

        expect(result).to run_successfully
        expect(booking.reload).to have_attributes(status: "picked_up", holder_id: volunteer.id)
      end

      it "lets another volunteer pick it up" do
        dependencies[:guardian] = Guardian.new(other_volunteer)

        expect(result).to run_successfully
      end
    end

    context "when the volunteer holds the most sessions one volunteer can" do
      include_context "with a volunteer holding the most sessions"

      let(:holder) { volunteer }

      it_behaves_like "refused to a volunteer holding the most sessions", :pick_up

      context "when that session is over" do
        before do
          VolunteerBooking::Booking.where(holder: volunteer).update_all(
            starts_at: 2.hours.ago,
            ends_at: 90.minutes.ago,
          )
        end

        it { is_expected.to run_successfully }
      end
    end

    context "when the booking was cancelled" do
      before { booking.update!(status: :cancelled, cancelled_at: Time.current) }

      let(:refusal) { I18n.t("volunteer_booking.errors.booking_not_active") }

      it_behaves_like "a refused step", :pick_up, keeps: :booking
    end

    context "when the session has already started" do
      before { freeze_time(slot_time + 1.minute) }

      let(:refusal) { I18n.t("volunteer_booking.errors.booking_started") }

      it_behaves_like "a refused step", :pick_up, keeps: :booking
    end

    context "when the volunteer is silenced" do
      before { volunteer.update!(silenced_till: 1.year.from_now) }

      it { is_expected.to fail_a_step(:ensure_in_good_standing) }
    end

    context "when the volunteer is suspended" do
      before { volunteer.update!(suspended_till: 1.year.from_now, suspended_at: Time.current) }

      it { is_expected.to fail_a_step(:ensure_in_good_standing) }
    end

    context "when the booker ignores the volunteer" do
      before { Fabricate(:ignored_user, user: booker, ignored_user: volunteer) }

      # Nothing of who ignores whom.
      let(:refusal) { I18n.t("volunteer_booking.errors.kept_apart") }

      it_behaves_like "a refused step", :ensure_not_apart, keeps: :booking
    end

    context "when the volunteer mutes the booker" do
      before { MutedUser.create!(user: volunteer, muted_user: booker) }

      it { is_expected.to fail_a_step(:ensure_not_apart) }
    end

    context "when several volunteers pick it up one after the other" do
      fab!(:more_volunteers) { Fabricate.times(3, :user) }

      before { more_volunteers.each { |user| volunteers.add(user) } }

      it "gives it to the first and tells the others who has it" do
        results =
          [volunteer, *more_volunteers].map do |user|
            described_class.call(params:, guardian: Guardian.new(user))
          end

        expect(results.count(&:success?)).to eq(1)
        expect(results.first).to run_successfully
        expect(results.drop(1).map { |r| r["result.step.pick_up"].error }.uniq).to eq(
          [I18n.t("volunteer_booking.errors.already_picked_up", username: volunteer.username)],
        )
        expect(booking.reload.holder_id).to eq(volunteer.id)
      end
    end

    # Two volunteers both see the booking as pending (both pass the model
    # and policy steps) and race to the conditional update: the other one's
    # pick-up commits between this one's read and its update. Only one
    # UPDATE can change the row. (On one connection the racer runs inside
    # this call's transaction, so what each update did is recorded.)
    context "when another volunteer wins the race" do
      let(:rows_changed) { [] }
      let(:racer_results) { [] }

      before do
        racing = false
        allow(VolunteerBooking::Booking).to receive(
          :pick_up,
        ).and_wrap_original do |pick_up, *args, **kwargs|
          if !racing
            racing = true
            racer_results << described_class.call(params:, guardian: Guardian.new(other_volunteer))
          end
          pick_up.call(*args, **kwargs).tap { |won| rows_changed << (won ? 1 : 0) }
        end
      end

      it "lets exactly one update change the row and tells the loser who won" do
        expect(result).to fail_a_step(:pick_up)
        expect(racer_results.first).to run_successfully
        expect(rows_changed).to eq([1, 0])
        expect(result["result.step.pick_up"].error).to eq(
          I18n.t("volunteer_booking.errors.already_picked_up", username: other_volunteer.username),
        )
      end
    end

    # The booker cancels between the pick-up's commit and the private message.
    context "when the booking is cancelled right after the pick-up" do
      before do
        allow(VolunteerBooking::Booking).to receive(
          :pick_up,
        ).and_wrap_original do |pick_up, *args, **kwargs|
          pick_up
            .call(*args, **kwargs)
            .tap do
              VolunteerBooking::Booking.where(id: booking.id).update_all(
                status: VolunteerBooking::Booking.statuses[:cancelled],
              )
            end
        end
      end

      it "opens no private message and sends no notice" do
        expect { result }.not_to change {
          Notification.where(
            user_id: booker.id,
            notification_type: Notification.types[:custom],
          ).count
        }
        expect(private_message).to be_nil
      end
    end

    context "when a volunteer picks it up" do
      it { is_expected.to run_successfully }

      it "tells the booker and the queue it is picked up" do
        messages = MessageBus.track_publish("/volunteer-booking/my-bookings") { result }
        expect(messages.map(&:data)).to eq(
          [
            {
              event: "picked_up",
              booking_id: booking.id,
              topic_id: booking_topic.topic_id,
              status: "picked_up",
            },
          ],
        )
        expect(messages.first.user_ids).to eq([booking.booker_id])
      end

      it "gives them the booking" do
        result
        expect(booking.reload).to have_attributes(
          status: "picked_up",
          holder_id: volunteer.id,
          picked_up_at: Time.current,
        )
      end

      it "opens a private message between the booker and the volunteer with what they need" do
        result

        message = private_message
        expect(message).to be_present
        expect(message.private_message?).to eq(true)
        allowed = message.topic_allowed_users.pluck(:user_id)
        expect(allowed).to include(booker.id, volunteer.id)
        expect(allowed).not_to include(other_volunteer.id, organiser.id)
        raw = message.first_post.raw
        expect(raw).to include(
          '[date=2026-12-02 time=14:00:00 timezone="UTC"',
          VolunteerBooking::Markup.escape(I18n.t("volunteer_booking.default_questions.story")),
          VolunteerBooking::Markup.quote("I was laid off last month."),
          I18n.t(
            "volunteer_booking.private_message.guide_pointer",
            volunteer: VolunteerBooking::Markup.username(volunteer.username),
            url: "/volunteer-booking",
          ),
          I18n.t(
            "volunteer_booking.private_message.meeting",
            booker: VolunteerBooking::Markup.username(booker.username),
            volunteer: VolunteerBooking::Markup.username(volunteer.username),
          ),
        )
        expect(message.user_id).to eq(Discourse.system_user.id)
      end

      it "gives the booking's call link as the place to meet, once it has one" do
        link = "https://meet.jit.si/digital-candle-#{"A" * 22}"
        booking.update!(call_token: "A" * 22, call_link: link)
        result

        expect(private_message.first_post.raw).to include(
          I18n.t(
            "volunteer_booking.private_message.meeting_call_link",
            link: VolunteerBooking::Markup.link(link, link),
            booker: VolunteerBooking::Markup.username(booker.username),
            volunteer: VolunteerBooking::Markup.username(volunteer.username),
          ),
        )
      end

      it "leaves the guide for volunteers out of the message the booker reads" do
        result
        expect(private_message.posts.pluck(:raw).join).not_to include(booking_topic.volunteer_guide)
      end

      it "shows the answers as plain text: no formatting, mentions, tags or links" do
        admin = Fabricate(:admin)
        hostile =
          "**bold** [a](http://evil.example) <b>x</b> @#{admin.username} ##{Category.first.slug} " \
            ":smile: www.evil.com `code`\n# heading\n[quote]x[/quote]\n1. list"
        booking.update_columns(answers: booking.answers.merge("story" => hostile))
        result

        post = private_message.first_post
        expect(post.raw).to include(VolunteerBooking::Markup.quote(hostile))
        quote = Nokogiri::HTML5.fragment(post.cooked).css("blockquote").to_a
        expect(
          quote.flat_map { |node| node.css("a, img, code, strong, b, h1, ol, aside, .mention") },
        ).to be_empty
        expect(quote.map(&:text).join.delete("\u2060")).to include(
          "**bold** [a](http://evil.example) <b>x</b> @#{admin.username}",
          "# heading",
          "[quote]x[/quote]",
        )
        expect(PrettyText.extract_mentions(Nokogiri::HTML5.fragment(post.cooked))).to be_empty
      end

      it "writes the time in both people's zones" do
        booker.user_option.update!(timezone: "America/New_York")
        volunteer.user_option.update!(timezone: "Europe/Berlin")
        result

        raw = private_message.first_post.raw
        expect(raw).to include(
          "Wednesday 2 December 2026, 09:00 (America/New_York)",
          "Wednesday 2 December 2026, 15:00 (Europe/Berlin)",
        )
      end

      it "adds the organisers when the site says so" do
        SiteSetting.volunteer_booking_private_message_organisers = true
        result
        expect(private_message.topic_allowed_groups.pluck(:group_id)).to eq([organisers.id])
      end

      it "notifies the booker, linking the private message" do
        result
        notification =
          Notification.where(
            user_id: booker.id,
            notification_type: Notification.types[:custom],
          ).last
        expect(notification.topic_id).to eq(booking.reload.private_message_topic_id)
        expect(JSON.parse(notification.data)).to include(
          "message" => "volunteer_booking.notifications.picked_up",
          "title" => "volunteer_booking.notifications.picked_up_title",
          "display_username" => volunteer.username,
          "booking_id" => booking.id,
        )
      end

      it "still works when chat is off" do
        SiteSetting.chat_enabled = false
        expect(result).to run_successfully
        expect(booking.reload.holder_id).to eq(volunteer.id)
      end
    end

    context "when the topic meets in the volunteer's own call" do
      let(:saved_link) { "https://meet.jit.si/volunteers-room" }
      let(:given_link) { "https://us02web.zoom.us/j/123456789?pwd=abcDEF" }

      before { booking_topic.update!(meeting_mode: "volunteer_link") }

      def saved_link_of(user)
        VolunteerBooking::VolunteerProfile.call_link_of(user.id)
      end

      context "with neither a saved link nor one given" do
        it { is_expected.to fail_a_step(:choose_call_link) }

        it "asks for one and changes nothing" do
          expect { result }.not_to change { booking.reload.attributes }
          expect(result["result.step.choose_call_link"].error).to eq(
            I18n.t("volunteer_booking.errors.call_link_needed"),
          )
          expect(private_message).to be_nil
          expect(VolunteerBooking::VolunteerProfile.exists?(user_id: volunteer.id)).to eq(false)
          expect(custom_notifications(booker, :picked_up)).to be_empty
        end
      end

      context "with a link given that the core refuses" do
        let(:params) { { booking_id: booking.id, call_link: "http://meet.jit.si/room" } }

        before do
          VolunteerBooking::VolunteerProfile.create!(user: volunteer, call_link: saved_link)
        end

        it "says why, keeps the saved link and changes nothing" do
          expect { result }.not_to change { booking.reload.attributes }
          expect(result).to fail_a_step(:choose_call_link)
          expect(result["result.step.choose_call_link"].error).to eq(
            I18n.t("volunteer_booking.errors.call_link_not_https"),
          )
          expect(saved_link_of(volunteer)).to eq(saved_link)
        end
      end

      context "with a saved link" do
        before do
          VolunteerBooking::VolunteerProfile.create!(user: volunteer, call_link: saved_link)
        end

        it "gives the booking that link, moving calendars to it" do
          expect(result).to run_successfully
          expect(booking.reload).to have_attributes(
            status: "picked_up",
            call_link: saved_link,
            sequence: 1,
          )
        end

        it "writes it in the private message, and in no notification" do
          result
          expect(private_message.first_post.raw).to include(
            VolunteerBooking::Markup.link(saved_link, saved_link),
          )
          expect(custom_notifications(booker, :picked_up).map(&:data).join).not_to include(
            saved_link,
          )
        end

        it "leaves the link out of the chat announcement" do
          SiteSetting.chat_enabled = true
          channel = Fabricate(:category_channel)
          booking_topic.update!(chat_channel_id: channel.id)
          VolunteerBooking::Announcement.post(booking)
          result
          message = Chat::Message.find(booking.reload.announcement_chat_message_id)
          expect(message.message).to include(volunteer.username)
          expect([message.message, message.cooked, message.blocks.to_json].join).not_to include(
            saved_link,
          )
        end
      end

      context "with a link given" do
        let(:params) { { booking_id: booking.id, call_link: given_link } }

        before do
          VolunteerBooking::VolunteerProfile.create!(user: volunteer, call_link: saved_link)
        end

        it "gives the booking that link and keeps it as the volunteer's" do
          expect(result).to run_successfully
          expect(booking.reload).to have_attributes(call_link: given_link, sequence: 1)
          expect(saved_link_of(volunteer)).to eq(given_link)
        end

        it "keeps it for a volunteer who had none" do
          VolunteerBooking::VolunteerProfile.where(user_id: volunteer.id).delete_all
          expect(result).to run_successfully
          expect(saved_link_of(volunteer)).to eq(given_link)
        end

        it "keeps nothing when someone else picked it up first" do
          booking.update!(status: :picked_up, holder: other_volunteer, picked_up_at: 1.hour.ago)
          expect(result).to fail_a_step(:pick_up)
          expect(saved_link_of(volunteer)).to eq(saved_link)
          expect(booking.reload.call_link).to be_nil
        end
      end
    end

    context "when the topic has a call link per booking and a link is given" do
      let(:booking) { booking_with_call_link }
      let(:params) { { booking_id: booking.id, call_link: "https://meet.jit.si/volunteers-room" } }

      it "keeps the booking's own link and saves nothing" do
        link = booking.call_link
        expect(result).to run_successfully
        expect(booking.reload).to have_attributes(call_link: link, sequence: 0)
        expect(VolunteerBooking::VolunteerProfile.exists?(user_id: volunteer.id)).to eq(false)
      end
    end

    context "when it was released before" do
      before do
        described_class.call(params:, guardian: Guardian.new(other_volunteer))
        VolunteerBooking::ReleaseBooking.call(
          params: {
            booking_id: booking.id,
          },
          guardian: Guardian.new(other_volunteer),
        )
      end

      it "opens a fresh private message: the answers, not the earlier volunteer's private message" do
        earlier = private_message
        Fabricate(:post, topic: earlier, user: other_volunteer, raw: "Hi, talk soon, I hope!")
        expect(result).to run_successfully
        expect_fresh_private_message(booking, earlier:, with: volunteer, earlier_reply: "talk soon")
      end

      it "leaves the earlier message with the booker, its answers replaced by a link" do
        earlier = private_message
        result

        earlier.reload
        expect(earlier.topic_allowed_users.pluck(:user_id)).not_to include(
          other_volunteer.id,
          volunteer.id,
        )
        expect(earlier.first_post.raw).to eq(
          I18n.t(
            "volunteer_booking.private_message.moved",
            link:
              VolunteerBooking::Markup.link(private_message.title, private_message.relative_url),
          ),
        )
        expect(earlier.first_post.revisions).to be_empty
        expect(earlier.posts.pluck(:raw).join).not_to include("laid off")
      end
    end

    context "with a chat channel" do
      include_context "with a booking chat channel"

      let!(:announcement) { announce(booking) }

      it "edits the announcement in place: picked up by the volunteer, no button" do
        expect(pick_up_action_id(announcement)).to eq("volunteer_booking:pick_up:#{booking.id}")

        expect(result).to run_successfully

        announcement.reload
        expect(announcement.message).to include(
          I18n.t("volunteer_booking.chat.picked_up", username: volunteer.username),
        )
        expect(announcement.blocks).to be_blank
        expect(Chat::Message.where(chat_channel_id: chat_channel.id).count).to eq(1)
      end

      it "leaves the announcement alone for a loser" do
        booking.update!(status: :picked_up, holder: other_volunteer)
        expect { result }.not_to change { announcement.reload.message }
      end
    end
  end
end
