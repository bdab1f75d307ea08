import QUnit from "qunit";
import { requesterName } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/booking-requests";
import { clientI18n } from "./support/client-locale.ts";

const { module, test } = QUnit;

module("booking-requests", function () {
  test("requesterName names the requester, or a deleted account once they are gone", function (assert) {
    assert.strictEqual(
      requesterName(
        {
          requester: {
            id: 7,
            username: "ada",
            name: null,
            avatar_template: "",
          },
        },
        clientI18n
      ),
      "ada"
    );
    assert.strictEqual(
      requesterName({ requester: null }, clientI18n),
      "a deleted account"
    );
  });
});
