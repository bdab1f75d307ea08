# frozen_string_literal: true

require_relative "../db_helper"

RSpec.describe VolunteerBooking::BookingRequest do
  include_context "with a Wednesday shift"

  let(:mondays) { [{ "weekday" => 1, "date" => nil, "from" => "09:00", "to" => "11:00" }] }

  def request(**attributes)
    described_class.new(
      booking_topic: booking_topic,
      requester_id: booker.id,
      windows: mondays,
      time_zone: "America/New_York",
      **attributes,
    )
  end

  it "saves a request with its windows, note and answers" do
    record = request(note: "Mornings suit me", answers: { "story" => "Laid off in March" })
    expect(record.save).to eq(true)
    expect(record.reload).to have_attributes(
      status: "open",
      windows: mondays,
      note: "Mornings suit me",
      answers: {
        "story" => "Laid off in March",
      },
    )
  end

  it "refuses what its validations promise" do
    expect(refusal(request(note: "x" * 1001))).to eq(
      ["Note is too long (maximum is 1000 characters)"],
    )
    expect(refusal(request(time_zone: ""))).to eq(["Time zone can't be blank"])
    expect(refusal(request(answers: '{"story": "a JSON string"}'))).to eq(
      [I18n.t("volunteer_booking.errors.answers_unreadable")],
    )
    expect(refusal(request(windows: { "weekday" => 1 }))).to eq(
      [I18n.t("volunteer_booking.errors.request_window_invalid")],
    )
  end

  it "keeps its promises in PostgreSQL too" do
    saved = request.tap(&:save!)
    expect { in_savepoint { saved.update_columns(status: 9) } }.to violate_check_constraint(
      "volunteer_booking_requests_status_known",
    )
    expect { in_savepoint { saved.update_columns(status: 1) } }.to violate_check_constraint(
      "volunteer_booking_requests_taken_has_taker",
    )
    expect { in_savepoint { saved.update_columns(windows: "{}") } }.to violate_check_constraint(
      "volunteer_booking_requests_windows_array",
    )
    expect { in_savepoint { saved.update_columns(note: "x" * 1001) } }.to violate_check_constraint(
      "volunteer_booking_requests_note_length",
    )
  end

  it "holds one open or taken request per person and topic" do
    first = request.tap(&:save!)
    expect { in_savepoint { request.save! } }.to raise_error(ActiveRecord::RecordNotUnique)
    described_class.take(first.id, taker_id: volunteer.id, now: Time.current)
    expect { in_savepoint { request.save! } }.to raise_error(ActiveRecord::RecordNotUnique)
    described_class.withdraw(first.id, now: Time.current)
    expect(request.save).to eq(true)
    expect(request(booking_topic: create_booking_topic).save).to eq(true)
  end

  it "is taken once, and not once it is closed" do
    saved = request.tap(&:save!)
    expect(described_class.take(saved.id, taker_id: volunteer.id, now: Time.current)).to eq(true)
    other = create_user("cat")
    expect(described_class.take(saved.id, taker_id: other.id, now: Time.current)).to eq(false)
    saved.reload
    expect(saved).to have_attributes(status: "taken", taker_id: volunteer.id)
    expect(saved.take_refusal).to eq(
      I18n.t("volunteer_booking.errors.request_taken", username: "ana"),
    )
    described_class.withdraw(saved.id, now: Time.current)
    expect(saved.reload.take_refusal).to eq(I18n.t("volunteer_booking.errors.request_closed"))
  end

  it "expires only when open past its topic's days" do
    booking_topic.update!(request_expiry_days: 3)
    saved = request.tap(&:save!)
    created = saved.created_at
    expect(described_class.due_to_expire(created + 3.days - 1)).to be_empty
    expect(described_class.expire(saved.id, now: created + 3.days - 1)).to eq(false)
    expect(described_class.due_to_expire(created + 3.days)).to eq([saved])
    described_class.take(saved.id, taker_id: volunteer.id, now: created + 1.day)
    expect(described_class.expire(saved.id, now: created + 4.days)).to eq(false)
    saved.reload.give_back!
    expect(described_class.expire(saved.id, now: created + 4.days)).to eq(true)
    expect(saved.reload).to have_attributes(status: "expired", closed_at: created + 4.days)
    expect(saved.expires_at - created).to eq(3.days)
  end

  it "gives a new booking topic the request settings' defaults" do
    expect(booking_topic.reload).to have_attributes(requests_enabled: true, request_expiry_days: 14)
    booking_topic.request_expiry_days = 61
    expect(booking_topic.valid?).to eq(false)
    expect { in_savepoint { booking_topic.save!(validate: false) } }.to violate_check_constraint(
      "volunteer_booking_topics_request_expiry_days_range",
    )
  end
end
