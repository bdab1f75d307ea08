# frozen_string_literal: true

# What request specs send to the plugin's JSON API and expect of it.
module VolunteerBookingRequests
  # A request's JSON body, sent as the front end's ajax sends it.
  def json(body)
    { params: body.to_json, headers: { "CONTENT_TYPE" => "application/json" } }
  end

  # Makes the request (the block) signed in as user (nil: a visitor),
  # expects status, and returns the parsed body.
  def answer_as(user, status)
    sign_in(user) if user
    yield
    expect(response.status).to eq(status)
    response.parsed_body
  end

  # The page's list called name (its items under name) says there is more:
  # follows its cursor to list_path (still signed in as whoever asked) and
  # returns the next page, which has only that list, more and cursor.
  def follow_cursor(page, name, list_path)
    expect(page).to include(
      "#{name}_more" => true,
      "#{name}_cursor" => a_string_matching(/\A[\w-]+\z/),
    )
    get list_path, params: { cursor: page["#{name}_cursor"] }
    expect(response.status).to eq(200)
    response.parsed_body.tap { |json| expect(json.keys).to contain_exactly(name, "more", "cursor") }
  end

  # The response has status and exactly errors as its list of errors.
  def expect_answer(status, *errors)
    expect(response.status).to eq(status)
    expect(response.parsed_body["errors"]).to eq(errors)
  end
end

# A booking topic with one organiser group and one volunteer group, a
# Wednesday 13:00-17:00 London shift, and the clock stopped on Tuesday
# 1 December 2026 at noon UTC (so Wednesday 2 December is tomorrow).
RSpec.shared_context "with a volunteer booking topic" do
  fab!(:organisers, :group)
  fab!(:volunteers, :group)
  fab!(:organiser, :user)
  fab!(:volunteer, :user)
  fab!(:other_volunteer, :user)
  fab!(:outsider, :user)
  fab!(:booking_topic) do
    Fabricate(
      :volunteer_booking_topic,
      volunteer_group_ids: [volunteers.id],
      organiser_group_id: organisers.id,
    )
  end
  fab!(:shift) { Fabricate(:volunteer_booking_shift, booking_topic:) }

  include VolunteerBookingRequests

  # Methods, not lets: fab! blocks run once for the whole group
  # (TestProf's before_all), where RSpec refuses to read a let.
  def wednesday = Date.new(2026, 12, 2)

  # A booking of the topic's shift: someone's pending one at 14:00 tomorrow
  # unless attributes say otherwise.
  def booking_here(**attributes)
    Fabricate(:volunteer_booking_booking, booking_topic:, shift:, **attributes)
  end

  # user on the rota of the topic's shift: every week, or on_date only.
  def rota_entry_for(user, on_date: nil)
    Fabricate(:volunteer_booking_rota_entry, shift:, user:, on_date:)
  end

  # Signs each of users in and makes the request (the block) as them,
  # expecting 403 every time.
  def expect_refused(*users)
    users.each do |user|
      sign_in(user)
      yield
      expect(response.status).to eq(403), user.username
    end
  end

  before do
    enable_current_plugin
    freeze_time(Time.utc(2026, 12, 1, 12))
    organisers.add(organiser)
    volunteers.add(volunteer)
    volunteers.add(other_volunteer)
  end
end

# Both volunteers on the Wednesday shift every week, so each of its
# half-hour slots (13:00 to 16:30 London, which is UTC in December) has room
# for two, and a booker at trust level 1.
RSpec.shared_context "with volunteers on the rota" do
  include_context "with a volunteer booking topic"

  fab!(:booker) { Fabricate(:user, trust_level: TrustLevel[1]) }
  fab!(:rota_entry) { rota_entry_for(volunteer) }
  fab!(:other_rota_entry) { rota_entry_for(other_volunteer) }

  # A method, not a let, for the fab! blocks that book it.
  def slot_time = Time.utc(2026, 12, 2, 14)
  let(:answers) do
    { "ica_statement" => true, "story" => "I was laid off last month.", "coop_interest" => "" }
  end
  let(:booking_input) do
    {
      shift_id: shift.id,
      starts_at: slot_time.iso8601,
      answers:,
      idempotency_key: "first-try-1234",
    }
  end

  let(:call_link_template) { "https://meet.jit.si/digital-candle-{token}" }

  # The booker's pending booking at slot_time, with any other attributes given.
  def pending_booking(**attributes)
    Fabricate(
      :volunteer_booking_booking,
      booking_topic:,
      shift:,
      booker:,
      starts_at: slot_time,
      **attributes,
    )
  end

  # The booker's open booking request here (Mondays 09:00-11:00 London),
  # with any other attributes given.
  def booker_request(**attributes)
    Fabricate(:volunteer_booking_request, booking_topic:, requester: booker, **attributes)
  end

  # Picks booking up as user through PickUpBooking, as a volunteer's click
  # would (private message, announcement and all), and returns it reloaded.
  def pick_up(booking, user)
    VolunteerBooking::PickUpBooking.call(
      params: {
        booking_id: booking.id,
      },
      guardian: Guardian.new(user),
    )
    booking.reload
  end

  # The booker's booking at slot_time, picked up by the volunteer, with any
  # other attributes given (a held one: status: :held).
  def picked_up_booking(**attributes)
    Fabricate(
      :volunteer_booking_picked_up_booking,
      booking_topic:,
      shift:,
      booker:,
      holder: volunteer,
      starts_at: slot_time,
      **attributes,
    )
  end

  # A session holder holds in another booking topic with the same
  # volunteers, which makes them busy here while it lasts.
  def session_elsewhere(starts_at: slot_time, holder: volunteer, **attributes)
    clinic = Fabricate(:volunteer_booking_topic, volunteer_group_ids: [volunteers.id])
    Fabricate(
      :volunteer_booking_picked_up_booking,
      booking_topic: clinic,
      shift: Fabricate(:volunteer_booking_shift, booking_topic: clinic),
      starts_at:,
      holder:,
      **attributes,
    )
  end

  # Runs the reminder queued for an hour before booking's start at
  # slot_time, as Sidekiq would once it is due.
  def run_reminder_for_slot_time(booking)
    Jobs::VolunteerBooking::SendReminder.new.execute(
      booking_id: booking.id,
      hours: 1,
      starts_at: slot_time.iso8601,
    )
  end

  # The refusal for user, busy elsewhere at time (shown in zone, or UTC).
  def busy_refusal(user, time, zone = nil)
    I18n.t(
      "volunteer_booking.errors.volunteer_busy",
      username: user.username,
      time: VolunteerBooking::Markup.wall_time(time, zone),
    )
  end

  # The topic set to "a call link for each booking", and a booking of it
  # whose link was drawn with the token "AAA…".
  def booking_with_call_link(**attributes)
    booking_topic.update!(meeting_mode: "call_link_template", call_link_template:)
    token = "A" * 22
    pending_booking(
      call_token: token,
      call_link: call_link_template.sub("{token}", token),
      **attributes,
    )
  end

  # The topic set to "the volunteer's own link", user keeping link, and
  # booking (which user holds) meeting there.
  def meet_at_own_link(booking, user, link)
    booking_topic.update!(meeting_mode: "volunteer_link")
    VolunteerBooking::VolunteerProfile.create!(user:, call_link: link)
    booking.take_holders_call_link!
  end

  # The plugin's notifications of one kind (Notifier::KINDS) user has.
  def custom_notifications(user, kind)
    Notification
      .where(user_id: user.id, notification_type: Notification.types[:custom])
      .select { |n| JSON.parse(n.data)["message"] == "volunteer_booking.notifications.#{kind}" }
  end

  # After a volunteer took the booking over: its message is a new one, between
  # the booker and that volunteer only, with the answers and none of the
  # earlier message's replies (such as earlier_reply). Returns it.
  def expect_fresh_private_message(booking, earlier:, with:, earlier_reply:)
    fresh = Topic.find(booking.reload.private_message_topic_id)
    expect(fresh.id).not_to eq(earlier.id)
    expect(fresh.topic_allowed_users.pluck(:user_id)).to contain_exactly(booker.id, with.id)
    expect(fresh.posts.pluck(:raw).join).not_to include(earlier_reply)
    expect(fresh.first_post.raw).to include(
      VolunteerBooking::Markup.quote("I was laid off last month."),
    )
    fresh
  end
end

# The booker's booking at 14:00 tomorrow, picked up by the volunteer.
RSpec.shared_context "with a picked-up booking" do
  include_context "with volunteers on the rota"

  fab!(:booking) { picked_up_booking }
end

# The most sessions one volunteer can hold made one, and `holder` holding
# it: an hour after slot_time, so it clashes with nothing there.
RSpec.shared_context "with a volunteer holding the most sessions" do
  before do
    stub_const("VolunteerBooking::Booking::MAX_HELD", 1)
    Fabricate(
      :volunteer_booking_picked_up_booking,
      booking_topic:,
      shift:,
      starts_at: slot_time + 1.hour,
      holder: holder,
    )
  end
end

# Under "with a volunteer holding the most sessions": the service (its
# `result`) refused at step, saying holder holds the most, changing nothing.
RSpec.shared_examples "refused to a volunteer holding the most sessions" do |step|
  let(:refusal) do
    I18n.t(
      "volunteer_booking.errors.holds_most_sessions",
      username: holder.username,
      max: VolunteerBooking::Booking::MAX_HELD,
    )
  end

  it_behaves_like "a refused step", step, keeps: :booking
end

# Rate limits on (specs run without them), each user allowed one booking
# an hour.
RSpec.shared_context "with one booking an hour allowed" do
  before do
    RateLimiter.enable
    RateLimiter.clear_all!
    SiteSetting.volunteer_booking_max_bookings_per_hour = 1
  end

  after { RateLimiter.disable }
end

# The booking topic's chat channel, with chat on. The channel's category
# is open to everyone, so any signed-in user can see it (and click its
# buttons); the announcement job is run by hand where a spec needs it.
RSpec.shared_context "with a booking chat channel" do
  fab!(:chat_channel, :category_channel)

  before do
    SiteSetting.chat_enabled = true
    booking_topic.update!(chat_channel_id: chat_channel.id)
  end

  def announce(booking)
    VolunteerBooking::Announcement.post(booking)
    booking.reload
    Chat::Message.find(booking.announcement_chat_message_id)
  end

  # The action id of the message's only button, or nil without one.
  def pick_up_action_id(message)
    message.reload.blocks&.first&.dig("elements", 0, "action_id")
  end

  # user clicks the button action_id on message, as chat hands it over.
  def click_button(user, message, action_id)
    interaction =
      Fabricate(
        :chat_message_interaction,
        message:,
        user:,
        action: {
          "type" => "button",
          "action_id" => action_id,
        },
      )
    VolunteerBooking::ChatInteraction.handle(interaction)
  end
end

# A service that reads a booking topic's rota (or its gaps): for the
# topic's volunteers and organisers only (BookingTopicSteps#can_see_rota).
RSpec.shared_examples "a read of the rota" do
  context "when the topic is not a booking topic" do
    let(:params) { { topic_id: Fabricate(:topic).id } }

    it { is_expected.to fail_to_find_a_model(:booking_topic) }
  end

  context "when the user is neither volunteer nor organiser" do
    let(:dependencies) { { guardian: Guardian.new(outsider) } }

    it { is_expected.to fail_a_policy(:can_see_rota) }
  end
end

# Someone else takes the booking over between a service's policy step and
# its row lock (other_volunteer holds it by then): the service must ask
# again on the locked row and change nothing.
RSpec.shared_examples "a service that asks again once the booking is locked" do
  before do
    allow_any_instance_of(VolunteerBooking::Booking).to receive(
      :lock!,
    ).and_wrap_original do |lock, *args|
      VolunteerBooking::Booking.where(id: booking.id).update_all(holder_id: other_volunteer.id)
      lock.call(*args)
    end
  end

  it { is_expected.to fail_a_step(:ensure_still_allowed) }

  it "leaves the booking with whoever holds it now" do
    result
    expect(booking.reload).to have_attributes(status: "picked_up", holder_id: other_volunteer.id)
  end
end

# A service spec of an action on one booking (`booking`, which the spec
# fabricates): `result` runs the described service with `params` (the
# booking's id unless the spec gives more) as the person named by `by` (a
# name from "with volunteers on the rota", such as :booker). The refusals
# every such action has are checked: a contract that needs the booking's
# id, params it refuses, and a booking that does not exist.
RSpec.shared_context "with an action on a booking" do |by:|
  subject(:result) { described_class.call(params:, **dependencies) }

  include_context "with volunteers on the rota"

  let(:params) { { booking_id: booking.id } }
  let(:dependencies) { { guardian: Guardian.new(public_send(by)) } }

  describe "its contract", type: :model do
    subject(:contract) { described_class::Contract.new }

    it { is_expected.to validate_presence_of(:booking_id) }
  end

  context "when params are not valid" do
    let(:params) { {} }

    it { is_expected.to fail_a_contract }
  end

  context "when the booking does not exist" do
    let(:params) { super().merge(booking_id: -1) }

    it { is_expected.to fail_to_find_a_model(:booking) }
  end
end

# Under "with an action on a booking": policy refuses each of people (names as
# there), leaving the booking as it was.
RSpec.shared_examples "refused by its policy" do |policy, people|
  people.each do |person|
    context "when the #{person.to_s.tr("_", " ")} tries" do
      let(:dependencies) { { guardian: Guardian.new(public_send(person)) } }

      it { is_expected.to fail_a_policy(policy) }

      it "changes nothing" do
        expect { result }.not_to change { booking.reload.attributes }
      end
    end
  end
end

# The service (its `result`) stopped at step, saying `refusal` (a let),
# with keeps as it was: a record's name (its attributes, read afresh) or a
# model (its count of rows).
RSpec.shared_examples "a refused step" do |step, keeps:|
  def kept(keeps)
    keeps.is_a?(Symbol) ? public_send(keeps).reload.attributes : keeps.count
  end

  it { is_expected.to fail_a_step(step) }

  it "says why and changes nothing" do
    expect { result }.not_to change { kept(keeps) }
    expect(result["result.step.#{step}"].error).to eq(refusal)
  end
end

# A booker's change to their booking (the service spec's `result`, run by
# the booker) refused once the session has started, changing nothing, while
# an organiser may still make it.
RSpec.shared_examples "a booker's change until the session starts" do
  context "when the booker tries once the session has started" do
    before { freeze_time(slot_time) }

    let(:refusal) { I18n.t("volunteer_booking.errors.booking_started_for_booker") }

    it_behaves_like "a refused step", :ensure_in_time, keeps: :booking
  end

  context "when an organiser makes it once the session has started" do
    let(:dependencies) { { guardian: Guardian.new(organiser) } }

    before { freeze_time(slot_time + 1.minute) }

    it { is_expected.to run_successfully }
  end
end

# The params of a service whose list pages by a time and an id (bookings
# in start order, slots by start and shift): a cursor is optional, and one
# that does not name a row so is refused (CursorValidator).
RSpec.shared_examples "params with a cursor of a time and an id" do
  let(:at_two) { Time.utc(2026, 12, 2, 14) }

  it do
    is_expected.to allow_value(nil, "", VolunteerBooking::Page.encode([at_two, 1])).for(:cursor)
  end

  it do
    is_expected.not_to allow_value(
      "not a cursor!",
      VolunteerBooking::Page.encode([1, 1]),
      VolunteerBooking::Page.encode([at_two]),
      VolunteerBooking::Page.encode(["volunteer"]),
    ).for(:cursor)
  end
end

# GET the path named by list (a let) of a list that comes a page at a time,
# signed in as the person named by viewer (nil: a visitor): a cursor it did not give out (not
# base64url JSON, the wrong kinds of key, far too long) is a 422 naming the
# field, never a 500.
RSpec.shared_examples "a list that refuses a cursor it did not give out" do |list, viewer|
  it "is 422 with the field named for a cursor it did not give out" do
    sign_in(public_send(viewer)) if viewer
    ["not a cursor!", "WzEsMl0", "A" * 600].each do |cursor|
      get public_send(list), params: { cursor: }

      expect(response.status).to eq(422), cursor
      expect(response.parsed_body["errors"]).to eq(
        [VolunteerBookingSpec.field_error(:cursor, :cursor_invalid)],
      )
    end
  end
end

module VolunteerBookingSpec
  # Every item of a service's list that comes a page at a time (its
  # context[:page]), following each page's cursor to the last page.
  def self.all_pages(service, params:, **dependencies)
    items = []
    cursor = nil
    loop do
      page = service.call(params: params.merge(cursor:), **dependencies)[:page]
      items.concat(page.items)
      return items if !page.more?
      cursor = page.cursor
    end
  end

  # The 422 sentence for a field of a service's params: its name from
  # server.en.yml, then StrictParams' message for type (Input's and
  # Storable's problems, :between) or Rails' own (:blank, :too_long, ...).
  def self.field_error(field, type, **options)
    scope = "activemodel.errors.models.volunteer_booking/strict_params"
    message = I18n.t("#{scope}.#{type}", default: :"errors.messages.#{type}", **options)
    attribute = I18n.t("activemodel.attributes.volunteer_booking/strict_params.#{field}")
    I18n.t("errors.format", attribute:, message:)
  end

  # contract/serializer_keys.json, which the node tests hold api-types.ts and
  # the in-memory API to as well.
  SERIALIZED_KEYS =
    JSON.parse(
      File.read(File.expand_path("../contract/serializer_keys.json", __dir__)),
      freeze: true,
    )

  # The keys of api-types.ts `name` every viewer gets, plus those of its
  # optional keys given (they depend on who asks).
  def self.serialized_keys(name, *optional)
    shape = SERIALIZED_KEYS.fetch(name)
    unknown = optional - shape.fetch("optional", [])
    raise ArgumentError, "#{name} has no optional #{unknown.join(", ")}" if unknown.any?
    shape.fetch("keys") + optional
  end

  # api-types.ts BookingPermissions, all false unless given.
  def self.permissions(**allowed)
    serialized_keys("BookingPermissions").to_h { |name| [name, allowed.fetch(name.to_sym, false)] }
  end

  # Every refusal of the core's BookingRules, set up against "with
  # volunteers on the rota" and a request as in booking_input: the key, how
  # to get there (setup runs in the example; input is merged into the
  # request) and the params of its translation.
  REFUSALS = {
    paused: {
      setup: -> { booking_topic.update!(paused: true, paused_message: "Back in January") },
    },
    trust_level_too_low: {
      setup: -> { booking_topic.update!(min_trust_level: 2) },
      i18n: {
        level: 2,
      },
    },
    too_soon: {
      setup: -> { booking_topic.update!(min_notice_minutes: 1800) },
      i18n: {
        minutes: 1800,
      },
    },
    too_far: {
      setup: -> { booking_topic.update!(horizon_days: 1) },
      i18n: {
        days: 1,
      },
    },
    slot_unknown: {
      input: {
        starts_at: "2026-12-02T14:10:00Z",
      },
    },
    already_booked_this_slot: {
      setup: -> { pending_booking },
    },
    limit_reached: {
      setup: -> do
        Fabricate(
          :volunteer_booking_booking,
          booking_topic:,
          shift:,
          booker:,
          starts_at: slot_time - 1.hour,
        )
      end,
      i18n: {
        limit: 1,
      },
    },
    slot_full: {
      setup: -> do
        2.times do
          Fabricate(:volunteer_booking_booking, booking_topic:, shift:, starts_at: slot_time)
        end
      end,
    },
    answer_unknown: {
      input: {
        answers: {
          "ica_statement" => true,
          "story" => "Hello",
          "shoe_size" => "42",
        },
      },
      i18n: {
        id: "shoe_size",
      },
    },
    answer_invalid: {
      input: {
        answers: {
          "ica_statement" => "maybe",
          "story" => "Hello",
        },
      },
      i18n: {
        question: :ica_statement,
      },
    },
    answer_missing: {
      input: {
        answers: {
          "ica_statement" => true,
          "story" => "   ",
        },
      },
      i18n: {
        question: :story,
      },
    },
    acknowledgement_missing: {
      input: {
        answers: {
          "ica_statement" => false,
          "story" => "Hello",
        },
      },
      i18n: {
        question: :ica_statement,
      },
    },
    answer_too_long: {
      input: {
        answers: {
          "ica_statement" => true,
          "story" => "x" * 5001,
        },
      },
      i18n: {
        question: :story,
        max: 5000,
      },
    },
  }.freeze

  # The translated sentence a refusal must produce; a question given as a
  # Symbol is replaced by that default question's label.
  def self.message(key)
    params =
      REFUSALS
        .fetch(key)
        .fetch(:i18n, {})
        .transform_values do |value|
          value.is_a?(Symbol) ? I18n.t("volunteer_booking.default_questions.#{value}") : value
        end
    I18n.t("volunteer_booking.errors.#{key}", **params)
  end
end

# Runs the Friends setup as an admin would from its screen: the plan it
# showed, with every category ticked. Needs an `admin`.
module VolunteerBookingFriendsSetup
  def confirmed_friends_plan
    state = VolunteerBooking::Friends::State.current
    {
      plan_digest: state.plan_digest,
      category_ids: state.changes.filter_map { |change| change[:category_id] },
    }
  end

  def set_up_friends
    VolunteerBooking::SetUpFriends.call(params: confirmed_friends_plan, guardian: admin.guardian)
  end
end

# A forum before the Friends setup: chat on and limited to admins,
# moderators and a Members group, and two booking topics whose chat
# channels live in a category only Members may use and in a public one.
RSpec.shared_context "with booking topics in chat" do
  fab!(:admin)
  fab!(:moderator)
  fab!(:members) { Fabricate(:group, name: "members") }
  fab!(:members_channel) do
    Fabricate(:private_category_channel, group: members, auto_join_users: true)
  end
  fab!(:public_channel) { Fabricate(:category_channel, auto_join_users: true) }
  fab!(:members_booking_topic) do
    Fabricate(:volunteer_booking_topic, chat_channel_id: members_channel.id)
  end
  fab!(:public_booking_topic) do
    Fabricate(:volunteer_booking_topic, chat_channel_id: public_channel.id)
  end

  let(:chat_allowed_groups) do
    [Group::AUTO_GROUPS[:admins], Group::AUTO_GROUPS[:moderators], members.id]
  end
  let(:friends) { Group.find_by(name: "friends") }

  before do
    enable_current_plugin
    SiteSetting.chat_enabled = true
    SiteSetting.chat_allowed_groups = chat_allowed_groups.join("|")
  end

  include VolunteerBookingFriendsSetup
  include VolunteerBookingRequests
end

# The booker's booking request (Mondays 09:00-11:00 London), taken by the
# volunteer.
RSpec.shared_context "with a taken booking request" do
  include_context "with volunteers on the rota"

  fab!(:booking_request) do
    Fabricate(:volunteer_booking_taken_request, booking_topic:, requester: booker, taker: volunteer)
  end
end
