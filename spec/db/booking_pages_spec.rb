# frozen_string_literal: true

require_relative "../db_helper"

# Keyset pages of bookings on PostgreSQL: the row comparison, microsecond
# times and ties on the start all decided by the database.
RSpec.describe VolunteerBooking::Booking, ".page_in_start_order" do
  include_context "with a Wednesday shift"

  def pages(relation, size)
    cursor = nil
    pages = []
    loop do
      page = relation.page_in_start_order(cursor, size)
      pages << page.items
      break if !page.more?
      cursor = page.cursor
    end
    pages
  end

  it "gives every booking once, by start then id, ties on the start included" do
    late = create_booking(shift, booker, ten + 1.hour)
    tied = Array.new(3) { create_booking(shift, booker, ten) }
    early = create_booking(shift, booker, ten - 1.hour)

    expect(pages(described_class.all, 2)).to eq([[early, tied[0]], [tied[1], tied[2]], [late]])
  end

  it "keeps the relation's conditions on every page" do
    kept = Array.new(3) { |n| create_booking(shift, booker, ten + n.hours) }
    create_booking(create_shift(create_booking_topic, wednesday), booker, ten)

    expect(pages(described_class.where(booking_topic_id: booking_topic.id), 2).flatten).to eq(kept)
  end

  it "tells a start apart by its microseconds" do
    second = create_booking(shift, booker, ten + Rational(2, 1_000_000))
    first = create_booking(shift, booker, ten + Rational(1, 1_000_000))
    page = described_class.all.page_in_start_order(nil, 1)

    expect(page.items).to eq([first])
    expect(described_class.all.page_in_start_order(page.cursor, 1).items).to eq([second])
  end

  it "is one page with no cursor when everything fits, or nothing is there" do
    booking = create_booking(shift, booker, ten)
    page = described_class.all.page_in_start_order(nil, 2)
    expect([page.items, page.more?, page.cursor]).to eq([[booking], false, nil])
    expect(described_class.none.page_in_start_order(nil, 2).items).to eq([])
  end

  it "starts after a booking that is gone, where it was" do
    kept = Array.new(3) { |n| create_booking(shift, booker, ten + n.hours) }
    cursor = described_class.all.page_in_start_order(nil, 1).cursor
    kept.first.destroy!

    expect(described_class.all.page_in_start_order(cursor, 5).items).to eq(kept.drop(1))
  end
end
