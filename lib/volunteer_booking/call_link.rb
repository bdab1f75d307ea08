# frozen_string_literal: true

require "securerandom"

module VolunteerBooking
  # Where a booker and a volunteer meet: the video-call link of a booking.
  #
  # A link is an open door to the call, so what may become one is narrow:
  # https only, a host written out in full (no placeholder, user name or
  # password in it, so a template cannot send people to a host the organiser
  # did not type), and only the characters a link is made of, so it reads the
  # same in a calendar file, an email and a post. A template must hold
  # {token}: without it every booking of the topic shares one guessable room.
  #
  # Modes, per booking topic (stored as these strings):
  # - call_link_template: each booking gets the template with its own token;
  # - volunteer_link: the link the volunteer keeps on their volunteer page;
  # - private_message: no link; the two arrange it in the private message.
  module CallLink
    Result = BookingRules::Result

    MODES = %w[call_link_template volunteer_link private_message].freeze
    DEFAULT_MODE = "private_message"
    MAX_LENGTH = Limits.length(:call_link)
    # 16 random bytes: 128 bits, as 22 URL-safe characters.
    TOKEN_BYTES = 16
    TOKEN = /\A[A-Za-z0-9_-]{22,}\z/
    PLACEHOLDER = /\{([^{}]*)\}?/
    PLACEHOLDERS = %w[token booking].freeze

    ERRORS = %i[
      call_link_mode_unknown
      call_link_template_missing
      call_link_missing
      call_link_too_long
      call_link_not_https
      call_link_host_invalid
      call_link_userinfo
      call_link_characters
      call_link_placeholder_unknown
      call_link_token_missing
      call_link_needed
    ].freeze

    # A host name of dot-separated labels, with an optional port.
    HOST =
      /\A[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+(?::\d{1,5})?\z/
    # RFC 3986's unreserved and reserved characters, and percent-encodings.
    LINK_CHARACTERS = %r{\A(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%\h\h)*\z}
    # The longest a placeholder becomes: a token, and a bigint booking id.
    LONGEST = { "{token}" => "x" * 22, "{booking}" => "9" * 19 }.freeze
    # Everything after "https://" up to the first "/", "?" or "#" is the
    # authority: where userinfo and host live.
    PARTS = %r{\Ahttps://(?<authority>[^/?#]*)(?<rest>.*)\z}m

    def self.check_mode(mode)
      MODES.include?(mode) ? Result.ok(mode) : Result.failure(:call_link_mode_unknown)
    end

    # The organiser's template for mode call_link_template.
    def self.check_template(template)
      return Result.failure(:call_link_template_missing) if template.nil? || template == ""
      check(template, placeholders: true)
    end

    # A volunteer's own link for mode volunteer_link.
    def self.check_link(link)
      return Result.failure(:call_link_missing) if link.nil? || link == ""
      check(link, placeholders: false)
    end

    # The link a volunteer picking a booking up brings: in "the volunteer's
    # own link" mode the one they give (which becomes their saved link too),
    # else their saved one; with neither they are asked for it. A link given
    # is checked in every mode, so bad input is refused wherever it is sent;
    # outside that mode the booking keeps its own link (nil: unchanged).
    def self.for_pick_up(mode, given:, saved:)
      given = nil if given == ""
      checked = given.nil? ? nil : check_link(given)
      return checked if checked && !checked.ok?
      return Result.ok(nil) if mode != "volunteer_link"
      return checked if checked
      saved.nil? || saved == "" ? Result.failure(:call_link_needed) : Result.ok(saved)
    end

    def self.generate_token
      SecureRandom.urlsafe_base64(TOKEN_BYTES)
    end

    # The link of one booking. The token is checked because a short or
    # hand-made one would make the room guessable.
    def self.expand(template, token:, booking_id:)
      if !TOKEN.match?(token.to_s)
        raise ArgumentError, "token must be #{TOKEN.inspect}, got #{token.inspect}"
      end
      raise ArgumentError, "booking_id must be an Integer" if !booking_id.is_a?(Integer)
      template.gsub("{token}", token).gsub("{booking}", booking_id.to_s)
    end

    def self.check(value, placeholders:)
      return Result.failure(:call_link_characters) if !value.is_a?(String) || !value.valid_encoding?
      # A template is measured as its longest link, so every link fits.
      longest = placeholders ? value.gsub(/\{(?:token|booking)\}/, LONGEST) : value
      return Result.failure(:call_link_too_long, max: MAX_LENGTH) if longest.length > MAX_LENGTH
      parts = PARTS.match(value)
      return Result.failure(:call_link_not_https) if parts.nil?
      return Result.failure(:call_link_userinfo) if parts[:authority].include?("@")
      return Result.failure(:call_link_host_invalid) if !HOST.match?(parts[:authority])

      rest = parts[:rest]
      if placeholders
        unknown = rest.scan(PLACEHOLDER).flatten.find { |name| PLACEHOLDERS.exclude?(name) }
        return Result.failure(:call_link_placeholder_unknown, name: unknown) if unknown
        rest = rest.gsub(/\{(?:token|booking)\}/, "")
      end
      return Result.failure(:call_link_characters) if !LINK_CHARACTERS.match?(rest)
      return Result.failure(:call_link_token_missing) if placeholders && !value.include?("{token}")
      Result.ok(value)
    end
    private_class_method :check
  end
end
