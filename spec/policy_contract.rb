# frozen_string_literal: true

require "json"
require "time"

# contract/policy.json for the Ruby side: its named users, topics and
# bookings resolved to what VolunteerBooking::Policy takes, and each row
# spread into one case per user, a user missing from a row's list being
# refused. The in-memory API's node test reads the same file
# (test/node/policy-contract-test.ts). Unknown names raise, so a typo in the
# file cannot pass as a refusal.
module PolicyContract
  FILE = File.expand_path("../contract/policy.json", __dir__)
  DEFAULT_TOPIC = "booking topic"

  # One question of the Policy for one user: ask is the method without its
  # "?"; booking and owner (a rota entry's or time off's user, "self" for
  # the user asking) name what it is about, if anything.
  PolicyCase =
    Struct.new(:ask, :user, :topic, :booking, :owner, :allowed, keyword_init: true) do
      def to_s
        about = [booking, owner && "owned by #{owner}", topic].compact.join(", ")
        "as #{user}, #{ask}?#{" (#{about})" unless about.empty?} is #{allowed}"
      end
    end

  # What the booking's serialized permissions offer one user: the names of
  # the flags that are true.
  OfferCase = Struct.new(:booking, :user, :offered, keyword_init: true)

  def self.data
    @data ||= JSON.parse(File.read(FILE))
  end

  def self.now
    Time.iso8601(data.fetch("now"))
  end

  def self.user_names
    data.fetch("users").keys
  end

  def self.user(name)
    user = data.fetch("users").fetch(name)
    return if user.nil?
    {
      id: user.fetch("id"),
      staff: user.fetch("staff", false),
      anonymous: user.fetch("anonymous", false),
      group_ids: user.fetch("groups").map { |group| group_id(group) },
      trust_level: user.fetch("trust_level"),
    }
  end

  def self.user_id(name)
    user(name)&.fetch(:id)
  end

  # nil for the topic most rows are about. group_id turns a group's name
  # into its id: the file's own ids, or a spec's records'.
  def self.topic(name, group_id: method(:group_id))
    topic = data.fetch("topics").fetch(name || DEFAULT_TOPIC)
    {
      volunteer_group_ids: topic.fetch("volunteer_groups").map { |group| group_id.call(group) },
      organiser_group_id: topic.fetch("organiser_group")&.then { |group| group_id.call(group) },
      min_trust_level: topic.fetch("min_trust_level"),
    }
  end

  def self.group_id(name)
    data.fetch("groups").fetch(name)
  end

  # A named booking with its people by name, which the Policy's hash and a
  # spec's record are both made from.
  def self.booking_facts(name)
    booking = data.fetch("bookings").fetch(name)
    starts_at = now + booking.fetch("starts_at_minutes") * 60
    {
      booker: known_users([booking.fetch("booker")]).first,
      holder: booking.fetch("holder")&.then { |holder| known_users([holder]).first },
      status: booking.fetch("status"),
      call_token: booking["call_token"],
      starts_at: starts_at,
      ends_at: starts_at + data.fetch("session_minutes") * 60,
    }
  end

  def self.booking(name)
    facts = booking_facts(name)
    {
      booker_id: user_id(facts[:booker]),
      holder_id: facts[:holder]&.then { |holder| user_id(holder) },
      starts_at: facts[:starts_at],
    }
  end

  def self.policy_cases
    data
      .fetch("policy")
      .flat_map do |row|
        allowed = known_users(row.fetch("allowed"))
        user_names.map do |name|
          PolicyCase.new(
            ask: row.fetch("ask"),
            user: name,
            topic: row["topic"],
            booking: row["booking"],
            owner: row["owner"],
            allowed: allowed.include?(name),
          )
        end
      end
  end

  def self.offer_cases
    data
      .fetch("offers")
      .flat_map do |row|
        offered = row.fetch("offered")
        known_users(offered.keys)
        user_names.map do |name|
          OfferCase.new(booking: row.fetch("booking"), user: name, offered: offered.fetch(name, []))
        end
      end
  end

  # What to pass the Policy method a case asks.
  def self.arguments(policy_case)
    if policy_case.booking
      [booking(policy_case.booking)]
    elsif policy_case.owner
      owner = policy_case.owner == "self" ? policy_case.user : policy_case.owner
      [{ user_id: user_id(owner) }]
    else
      []
    end
  end

  def self.known_users(names)
    unknown = names - user_names
    raise KeyError, "unknown users in #{FILE}: #{unknown.join(", ")}" if unknown.any?
    names
  end
end
