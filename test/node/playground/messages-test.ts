import { readFileSync } from "node:fs";
import QUnit from "qunit";
import { parse } from "yaml";
import { MESSAGES } from "../../browser/playground/api/messages.ts";

const { module, test } = QUnit;

module("playground messages", function () {
  test("every refusal reads exactly as config/locales/server.en.yml", function (assert) {
    const locale = parse(
      readFileSync(
        new URL("../../../config/locales/server.en.yml", import.meta.url),
        "utf8"
      )
    ) as {
      en: {
        volunteer_booking: Record<string, unknown> & {
          errors: Record<string, unknown>;
        };
      };
    };
    const strings = locale.en.volunteer_booking;
    const outsideErrors = ["shift_label", "deleted_user"];

    for (const [key, text] of Object.entries(MESSAGES)) {
      assert.deepEqual(
        text,
        outsideErrors.includes(key) ? strings[key] : strings.errors[key],
        key
      );
    }
  });
});
