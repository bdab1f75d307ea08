# frozen_string_literal: true

module VolunteerBooking
  # Whether an organiser may save the groups and chat channel they picked
  # for a booking topic. The shell (Choices) works out what this organiser
  # may choose; this decides on plain ids, so the rule is the same for every
  # caller and can be tested without a database.
  #
  # Ids already stored may be kept even when the organiser could not pick
  # them (an admin chose a group the organiser cannot see), so they can
  # still save the rest of the settings. Groups that hold every user of a
  # trust level (or everyone) are refused even when stored: their members
  # would all be volunteers or organisers, and so read intake answers.
  module SettingChoices
    Result = BookingRules::Result

    # requested / stored / choosable / automatic: group ids.
    def self.check_groups(requested:, stored:, choosable:, automatic:)
      requested = requested.uniq
      return Result.failure(:group_automatic) if requested.intersect?(automatic)
      return Result.failure(:group_unknown) if !(requested - stored - choosable).empty?
      Result.ok
    end

    # requested / stored: a channel id or nil (no announcements).
    # choosable: the channel ids this organiser may pick.
    def self.check_chat_channel(requested:, stored:, choosable:)
      return Result.ok if requested.nil? || requested == stored || choosable.include?(requested)
      Result.failure(:channel_unknown)
    end

    # Refuses settings that would leave the person saving them unable to
    # reach them again. Staff always can; anyone else must still be an
    # organiser under the new settings. user and topic as Policy takes them.
    def self.check_organiser_kept(user:, topic:, now:)
      return Result.ok if Policy.new(user: user, topic: topic, now: now).organiser?
      Result.failure(:organiser_lockout)
    end
  end
end
