# frozen_string_literal: true

require "json"

module VolunteerBooking
  # One page of a list that is ordered by a unique key (keyset pagination,
  # not OFFSET: a booking added or cancelled between two requests neither
  # repeats nor skips a row). The cursor names the last row sent, by the
  # values of its sort key; the next request asks for the rows after it.
  #
  # A cursor is the key's values as a JSON array in unpadded base64url, so
  # it travels as one query parameter and clients treat it as opaque. Times
  # keep their microseconds: a row's key must compare exactly as stored.
  # The in-memory API (test/browser/playground/api/page.ts) writes the same
  # cursors; contract/pages.json holds the page sizes and cursor cases
  # both sides are run against.
  class Page
    SIZES = { topic_bookings: 50, queue: 50, rota_volunteers: 100, slots: 500 }.freeze
    # Far longer than any key this plugin writes; longer is not a cursor.
    MAX_CURSOR_LENGTH = Limits.length(:cursor)
    MAX_TEXT_LENGTH = Limits.length(:cursor_text)
    KINDS = %i[time integer text].freeze
    # What a service's params say of a cursor that decode cannot read
    # (CursorValidator), under StrictParams' messages.
    PROBLEMS = %i[cursor_invalid].freeze

    attr_reader :items, :cursor

    # The first size of rows, read with one more than size (LIMIT size + 1)
    # so that the extra row says whether there are more; the block gives a
    # row's key values, in sort order.
    def self.of(rows, size, &key)
      items = rows.first(size)
      new(items, rows.size > size ? encode(key.call(items.last)) : nil)
    end

    # The items of a sorted (ascending) in-memory list after the key values
    # after (nil: from the start), as a Page of at most size.
    def self.after(items, after, size, &key)
      rest = after ? items.drop_while { |item| (key.call(item) <=> after) <= 0 } : items
      of(rest.first(size + 1), size, &key)
    end

    def self.encode(values)
      json =
        JSON.generate(values.map { |value| value.is_a?(Time) ? value.getutc.iso8601(6) : value })
      [json].pack("m0").tr("+/", "-_").delete("=")
    end

    # The key values a cursor names, read as kinds (:time: an ISO 8601
    # instant, :integer, :text), or nil when it is not a cursor with exactly
    # those: a client's typo or a probe, never a reason for a 500.
    def self.decode(cursor, kinds)
      raise ArgumentError, "unknown kinds #{kinds.inspect}" if (kinds - KINDS).any?
      values = parse(cursor)
      return if !values.is_a?(Array) || values.size != kinds.size
      read = kinds.zip(values).map { |kind, value| read(kind, value) }
      read if read.none?(&:nil?)
    end

    def self.parse(cursor)
      return if !cursor.is_a?(String) || cursor.length > MAX_CURSOR_LENGTH
      return if !cursor.match?(/\A[A-Za-z0-9_-]+\z/) || cursor.length % 4 == 1
      json = cursor.tr("-_", "+/").ljust((cursor.length + 3) / 4 * 4, "=").unpack1("m0")
      json.force_encoding(Encoding::UTF_8)
      JSON.parse(json) if json.valid_encoding?
    rescue ArgumentError, JSON::ParserError
      nil
    end

    def self.read(kind, value)
      case kind
      when :time
        Input.time(value)
      when :integer
        value if value.is_a?(Integer) && Storable::INTEGERS.cover?(value)
      when :text
        value if value.is_a?(String) && value.length <= MAX_TEXT_LENGTH && !Storable.problem(value)
      end
    end

    def initialize(items, cursor)
      @items = items
      @cursor = cursor
    end

    def more?
      !cursor.nil?
    end

    private_class_method :parse, :read
  end
end
