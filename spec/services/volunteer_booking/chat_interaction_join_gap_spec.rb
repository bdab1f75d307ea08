# frozen_string_literal: true

# A click on a "Join" button of the weekly gap message (GapRecruiting): the
# same rules as the rota widget (JoinShift), a refusal as a notice to the
# clicker alone.
RSpec.describe VolunteerBooking::ChatInteraction, ".handle" do
  include_context "with a volunteer booking topic"
  include_context "with a booking chat channel"

  let(:message) { Chat::Message.find(booking_topic.reload.gap_message_id) }
  let(:join_wednesday) { VolunteerBooking::ChatAction.join_gap(shift.id, wednesday) }

  before do
    booking_topic.update!(gap_messages_enabled: true, gap_message_weekday: 2, gap_message_hour: 9)
    VolunteerBooking::GapRecruiting.run
    allow(Chat::Publisher).to receive(:publish_notice)
  end

  def click(user, on: message)
    click_button(user, on, join_wednesday)
  end

  def expect_notice(user, text)
    expect(Chat::Publisher).to have_received(:publish_notice).with(
      user_id: user.id,
      channel_id: chat_channel.id,
      text_content: text,
    )
  end

  def on_wednesday(user)
    VolunteerBooking::RotaEntry.where(shift:, user:).on_duty_on(wednesday)
  end

  it "puts a volunteer who clicks on the rota for that date, and tells them" do
    click(volunteer)

    expect(on_wednesday(volunteer).where(on_date: wednesday)).to exist
    expect_notice(volunteer, I18n.t("volunteer_booking.chat.joined_gap", date: "Wed 2 Dec"))
  end

  it "tells a volunteer already on that date, and adds nothing" do
    Fabricate(:volunteer_booking_rota_entry, shift:, user: volunteer)

    expect { click(volunteer) }.not_to change { VolunteerBooking::RotaEntry.count }
    expect_notice(volunteer, I18n.t("volunteer_booking.errors.already_on_shift"))
  end

  it "tells someone who is not a volunteer of the topic that they may not" do
    click(outsider)

    expect(on_wednesday(outsider)).not_to exist
    expect_notice(outsider, I18n.t("volunteer_booking.errors.not_allowed"))
  end

  it "ignores the button on any other message" do
    other = Fabricate(:chat_message, chat_channel:)

    click(volunteer, on: other)

    expect(on_wednesday(volunteer)).not_to exist
    expect(Chat::Publisher).not_to have_received(:publish_notice)
  end
end
