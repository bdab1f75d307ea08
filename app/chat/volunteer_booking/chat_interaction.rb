# frozen_string_literal: true

module VolunteerBooking
  # Handles chat's :chat_message_interaction event (a click on a message
  # button). The listener runs inside the click's request and transaction,
  # and anyone who can see the channel can click, so:
  # - only our own action ids count (ChatAction.parse), and only on the
  #   message that announced that very booking, so an id copied into
  #   another message, or another plugin's button, is ignored;
  # - the pick-up itself is the PickUpBooking service with the clicker's
  #   guardian, which checks everything again;
  # - a refusal is shown to the clicker alone as a chat notice (the
  #   announcement itself is only edited by a successful pick-up);
  # - it never raises: an error would fail the click with a 500.
  # A weekly gap message's "Join" button (GapRecruiting) counts on that
  # topic's current gap message only, and joins through JoinShift, the
  # rota widget's service, with the same rules. A booking request's "Offer
  # a time" goes the same way, through TakeBookingRequest.
  module ChatInteraction
    JOIN_STEPS = %i[
      ensure_volunteer
      ensure_not_past
      ensure_room
      ensure_not_on_shift
      save_rota_entry
    ]
    TAKE_STEPS = %i[ensure_in_good_standing ensure_not_apart take]

    def self.handle(interaction)
      parsed = ChatAction.parse(ChatAction.action_id_of(interaction&.action))
      verb = parsed&.dig(:verb)
      return join_gap(interaction, parsed) if verb == "join_gap"
      return take_request(interaction, parsed[:request_id]) if verb == "take_request"
      return if verb != "pick_up"
      message = interaction.message
      user = interaction.user
      return if message.nil? || user.nil?
      booking = Booking.find_by(id: parsed[:booking_id])
      return if booking.nil? || booking.announcement_chat_message_id != message.id

      # Chat can show no form, so a volunteer asked for their call link is
      # sent to their volunteer page (a chat notice is plain text: the
      # address is written out in full). Chat sends no link, so the only
      # refusal of choose_call_link is that one is needed.
      PickUpBooking.call(params: { booking_id: booking.id }, guardian: user.guardian) do
        on_failed_step(:pick_up) do |pick_up|
          tell(user, message, Array.wrap(pick_up.error).join(" "))
        end
        on_failed_step(:choose_call_link) do
          tell(
            user,
            message,
            I18n.t(
              "volunteer_booking.errors.call_link_needed_in_chat",
              url: "#{::Discourse.base_url}/volunteer-booking",
            ),
          )
        end
        on_failed_policy(:can_pick_up) { tell_cannot_pick_up(user, message) }
        on_model_not_found(:booking) { tell_cannot_pick_up(user, message) }
        on_model_errors(:booking) { tell_cannot_pick_up(user, message) }
        on_failure { tell(user, message, I18n.t("volunteer_booking.errors.generic")) }
      end
    rescue StandardError => e
      Discourse.warn_exception(e, message: "Volunteer booking: chat pick-up failed")
      nil
    end

    def self.join_gap(interaction, parsed)
      message = interaction.message
      user = interaction.user
      answering(user, message, "joining a gap") { join_gap_as(user, message, parsed) }
    end

    def self.join_gap_as(user, message, parsed)
      shift = Shift.includes(:booking_topic).find_by(id: parsed[:shift_id])
      booking_topic = shift&.booking_topic
      return if message.nil? || user.nil? || booking_topic&.gap_message_id != message.id

      params = { topic_id: booking_topic.topic_id, shift_id: shift.id, on_date: parsed[:date] }
      JoinShift.call(params: params, guardian: user.guardian) do
        on_success do
          tell(
            user,
            message,
            I18n.t(
              "volunteer_booking.chat.joined_gap",
              date: parsed[:date].strftime(GapMessage::DAY_FORMAT),
            ),
          )
        end
        JOIN_STEPS.each do |name|
          on_failed_step(name) { |step| tell(user, message, Array.wrap(step.error).join(" ")) }
        end
        on_model_errors(:rota_entry) do |rota_entry|
          tell(user, message, rota_entry.errors.full_messages.join(" "))
        end
        on_failed_policy(:can_join) { tell_not_allowed(user, message) }
        on_model_not_found(:booking_topic) { tell_not_allowed(user, message) }
        on_failure { tell(user, message, I18n.t("volunteer_booking.errors.generic")) }
      end
    end

    # "Offer a time" on a booking request's message: TakeBookingRequest
    # with the clicker's guardian; only on the message that announced that
    # very request.
    def self.take_request(interaction, request_id)
      message = interaction.message
      user = interaction.user
      answering(user, message, "taking a request") { take_request_as(user, message, request_id) }
    end

    def self.take_request_as(user, message, request_id)
      return if message.nil? || user.nil?
      booking_request = BookingRequest.find_by(id: request_id)
      return if booking_request.nil? || booking_request.announcement_chat_message_id != message.id

      TakeBookingRequest.call(
        params: {
          request_id: booking_request.id,
        },
        guardian: user.guardian,
      ) do
        TAKE_STEPS.each do |name|
          on_failed_step(name) { |step| tell(user, message, Array.wrap(step.error).join(" ")) }
        end
        on_failed_policy(:can_take) { tell_not_allowed(user, message) }
        on_model_not_found(:booking_request) { tell_not_allowed(user, message) }
        on_failure { tell(user, message, I18n.t("volunteer_booking.errors.generic")) }
      end
    end

    # A click never fails with a 500: a rate limit is told to the clicker,
    # anything else is logged.
    def self.answering(user, message, what)
      yield
    rescue RateLimiter::LimitExceeded => e
      tell(user, message, e.description)
    rescue StandardError => e
      Discourse.warn_exception(e, message: "Volunteer booking: #{what} from chat failed")
      nil
    end

    def self.tell_not_allowed(user, message)
      tell(user, message, I18n.t("volunteer_booking.errors.not_allowed"))
    end

    def self.tell_cannot_pick_up(user, message)
      tell(user, message, I18n.t("volunteer_booking.errors.cannot_pick_up"))
    end

    def self.tell(user, message, text)
      ChatBridge.notice(user, message, text)
    end

    private_class_method :tell,
                         :tell_cannot_pick_up,
                         :join_gap,
                         :join_gap_as,
                         :take_request,
                         :take_request_as,
                         :answering,
                         :tell_not_allowed
  end
end
