import { click, currentURL, visit } from "@ember/test-helpers";
import { test } from "qunit";
import { acceptance } from "discourse/tests/helpers/qunit-helpers";
import { i18n } from "discourse-i18n";
import {
  ADMIN_PLUGIN,
  EMPTY_VOLUNTEER_PAGE,
  FRIENDS_STATE,
} from "../helpers/volunteer-booking-fixtures";

acceptance("Volunteer Booking | activity Bookings tab", function (needs) {
  needs.user();
  needs.settings({ volunteer_booking_enabled: true });
  needs.pretender((server, helper) => {
    server.get("/volunteer-booking/my-bookings", () =>
      helper.response({ bookings: [] })
    );
  });

  test("is on one's own activity and lists one's bookings", async function (assert) {
    await visit("/u/eviltrout/activity");
    await click(".user-nav__activity-volunteer-bookings a");

    assert.strictEqual(
      currentURL(),
      "/u/eviltrout/activity/volunteer-bookings"
    );
    assert
      .dom(".my-bookings__title")
      .hasText(i18n("volunteer_booking.my_bookings.title"));
    assert
      .dom(".my-bookings__none")
      .hasText(i18n("volunteer_booking.my_bookings.none_upcoming"));
  });

  test("is not on someone else's activity", async function (assert) {
    await visit("/u/charlie/activity");

    assert.dom(".user-nav__activity-volunteer-bookings").doesNotExist();
  });
});

acceptance("Volunteer Booking | volunteer page", function (needs) {
  needs.user();
  needs.settings({ volunteer_booking_enabled: true });
  needs.pretender((server, helper) => {
    server.get("/volunteer-booking/volunteer.json", () =>
      helper.response(EMPTY_VOLUNTEER_PAGE)
    );
  });

  test("shows the queue and the sessions", async function (assert) {
    await visit("/volunteer-booking");

    assert.strictEqual(currentURL(), "/volunteer-booking");
    assert
      .dom(".volunteer-page__title")
      .hasText(i18n("volunteer_booking.volunteer_page.title"));
    assert
      .dom(".volunteer-page__queue .volunteer-page__none")
      .hasText(i18n("volunteer_booking.volunteer_page.queue_empty"));
  });
});

acceptance("Volunteer Booking | admin Friends tab", function (needs) {
  needs.user({ admin: true });
  needs.settings({ volunteer_booking_enabled: true });
  needs.pretender((server, helper) => {
    server.get("/admin/plugins/discourse-volunteer-booking.json", () =>
      helper.response(ADMIN_PLUGIN)
    );
    server.get("/admin/plugins/discourse-volunteer-booking/friends.json", () =>
      helper.response(FRIENDS_STATE)
    );
  });

  test("the plugin's admin page opens on the Friends tab", async function (assert) {
    await visit("/admin/plugins/discourse-volunteer-booking");

    assert.strictEqual(
      currentURL(),
      "/admin/plugins/discourse-volunteer-booking/friends"
    );
    assert
      .dom(".friends-status__title")
      .hasText(i18n("volunteer_booking.admin.friends.setup_title"));
  });
});
