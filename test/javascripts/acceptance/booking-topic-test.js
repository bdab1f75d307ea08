import { click, visit } from "@ember/test-helpers";
import { test } from "qunit";
import { acceptance } from "discourse/tests/helpers/qunit-helpers";
import { i18n } from "discourse-i18n";
import {
  bookingTopic,
  openSlot,
  TOPIC_ID,
  topicView,
} from "../helpers/volunteer-booking-fixtures";

const TOPIC_URL = `/t/internationalization-localization/${TOPIC_ID}`;

function bookingTopicServer(needs, permissions) {
  needs.pretender((server, helper) => {
    server.get(`/t/${TOPIC_ID}.json`, () =>
      helper.response(topicView(bookingTopic(permissions)))
    );
    server.get(`/volunteer-booking/topics/${TOPIC_ID}/slots`, () =>
      helper.response({ slots: [openSlot()], more: false, cursor: null })
    );
    server.get("/volunteer-booking/my-bookings", () =>
      helper.response({ bookings: [] })
    );
  });
}

acceptance("Volunteer Booking | booking topic", function (needs) {
  needs.user();
  needs.settings({ volunteer_booking_enabled: true });
  bookingTopicServer(needs, {});

  test("shows the panel under the first post only", async function (assert) {
    await visit(TOPIC_URL);

    assert.dom(".booking-topic-panel").exists({ count: 1 });
    assert.dom("#post_1 .booking-topic-panel").exists();
    assert.dom("#post_2 .booking-topic-panel").doesNotExist();
    assert
      .dom("#post_1 .booking-widget__title")
      .hasText(i18n("volunteer_booking.booking_widget.title"));
    assert.dom("#post_1 .slot-day-list__button").exists({ count: 1 });
    assert
      .dom(".booking-topic-panel__settings")
      .doesNotExist("a booker cannot configure");
  });

  test("asks the intake questions for the chosen time", async function (assert) {
    await visit(TOPIC_URL);
    await click("#post_1 .slot-day-list__button");

    assert.dom("#post_1 .intake-form").exists();
    assert.dom('#post_1 .intake-form [data-name="story"]').exists();
  });
});

acceptance(
  "Volunteer Booking | topic that is no booking topic",
  function (needs) {
    needs.user();
    needs.settings({ volunteer_booking_enabled: true });

    test("shows no panel", async function (assert) {
      await visit(TOPIC_URL);

      assert.dom("#post_1").exists();
      assert.dom(".booking-topic-panel").doesNotExist();
    });

    test("offers staff to make it a booking topic in the topic admin menu", async function (assert) {
      await visit(TOPIC_URL);
      await click(".toggle-admin-menu");

      assert
        .dom(".topic-admin-volunteer-booking-settings")
        .hasText(i18n("volunteer_booking.topic_admin.make_booking_topic"));
    });
  }
);

acceptance("Volunteer Booking | plugin disabled", function (needs) {
  needs.user();
  needs.settings({ volunteer_booking_enabled: false });
  bookingTopicServer(needs, {});

  test("shows no panel and no admin menu entry", async function (assert) {
    await visit(TOPIC_URL);
    assert.dom(".booking-topic-panel").doesNotExist();

    await click(".toggle-admin-menu");
    assert.dom(".topic-admin-volunteer-booking-settings").doesNotExist();
  });
});

acceptance(
  "Volunteer Booking | organiser of a booking topic",
  function (needs) {
    needs.user();
    needs.settings({ volunteer_booking_enabled: true });
    bookingTopicServer(needs, { can_configure: true });
    needs.pretender((server, helper) => {
      server.get(`/volunteer-booking/topics/${TOPIC_ID}/bookings`, () =>
        helper.response({ bookings: [], more: false, cursor: null })
      );
      server.get(`/volunteer-booking/topics/${TOPIC_ID}/rota`, () =>
        helper.response({
          shifts: bookingTopic().shifts,
          rota_entries: [],
          time_off: [],
          volunteers: [],
          volunteers_more: false,
          volunteers_cursor: null,
        })
      );
    });

    test("the topic admin menu has the booking settings", async function (assert) {
      await visit(TOPIC_URL);
      await click(".toggle-admin-menu");

      assert
        .dom(".topic-admin-volunteer-booking-settings")
        .hasText(i18n("volunteer_booking.topic_admin.settings"));
    });

    test("the panel has the organiser's settings button", async function (assert) {
      await visit(TOPIC_URL);

      assert.dom("#post_1 .booking-topic-panel__settings").exists();
    });
  }
);
