import { readFileSync } from "node:fs";
import QUnit from "qunit";
import type {
  IntakeAnswers,
  IntakeQuestion,
  Slot,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import { textLength } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/clean-text";
import {
  bookingRefusal,
  type RulesBooking,
  type RulesInput,
} from "../browser/playground/api/booking-rules.ts";
import {
  answerError,
  normalizeAnswers,
} from "../browser/playground/api/bookings.ts";
import {
  message,
  type MessageKey,
} from "../browser/playground/api/messages.ts";
import {
  NO_SHOW_DEFAULTS,
  noShowRefusal,
  type NoShowSettings,
} from "../browser/playground/api/no-show-rule.ts";

const { module, test } = QUnit;

interface At {
  shift_id: number;
  starts_in: number;
}

type Answers = Record<string, unknown>;

/** A row of either list; README.md in contract/ says what each part means. */
interface Row {
  why: string;
  answers?: Answers;
  pad?: Record<string, number>;
  pad_with?: string;
  error?: MessageKey;
  params?: Record<string, string | number>;
  accepted?: IntakeAnswers;
  accepted_lengths?: Record<string, number>;
}

/** contract/booking_rules.json, which the Ruby core is run against too. */
interface Contract {
  now: string;
  session_minutes: number;
  settings: RulesInput["settings"] & { questions: IntakeQuestion[] };
  slots: Record<string, At & { capacity: number; booked: number }>;
  bookers: Record<string, { trust_level: number; staff: boolean }>;
  answers: Answers;
  checks: (Row & {
    settings?: Partial<RulesInput["settings"]>;
    booker: string;
    own?: (At & { minutes?: number })[];
    requests?: number;
    exclude?: number;
    request: At | { slot: string };
  })[];
  answer_checks: Row[];
  no_show_rule: {
    topic: number;
    site_settings: NoShowSettings;
    checks: {
      why: string;
      site_settings?: Partial<NoShowSettings>;
      no_shows: { minutes_ago: number; topic?: number; excused?: boolean }[];
      needs_approval: boolean;
      params?: Record<string, number>;
    }[];
  };
}

const contract = JSON.parse(
  readFileSync(
    new URL("../../contract/booking_rules.json", import.meta.url),
    "utf8"
  )
) as Contract;

const now = new Date(contract.now);
const at = (minutes: number) =>
  new Date(now.getTime() + minutes * 60_000).toISOString();

function booking(row: At & { minutes?: number }): RulesBooking {
  return {
    shift_id: row.shift_id,
    starts_at: at(row.starts_in),
    ends_at: at(row.starts_in + (row.minutes ?? contract.session_minutes)),
  };
}

const slots: Slot[] = Object.values(contract.slots).map((slot) => ({
  ...booking(slot),
  shift_id: slot.shift_id,
  capacity: slot.capacity,
  available: Math.max(slot.capacity - slot.booked, 0),
}));

/** A `pad` answer is the value given, then `pad_with` to that many characters. */
function padded(row: Row): Answers {
  const answers = { ...(row.answers ?? contract.answers) };
  for (const [id, length] of Object.entries(row.pad ?? {})) {
    const given = String(answers[id] ?? "");
    answers[id] =
      given + (row.pad_with ?? "a").repeat(length - textLength(given));
  }
  return answers;
}

function assertAnswer(
  assert: Assert,
  row: Row,
  refusal: string | null,
  stored: () => IntakeAnswers
) {
  if (row.error) {
    assert.strictEqual(refusal, message(row.error, row.params));
    return;
  }
  assert.strictEqual(refusal, null);
  const answers = { ...stored() };
  const lengths = row.accepted_lengths ?? {};
  const ids = Object.keys(lengths);
  assert.deepEqual(
    Object.fromEntries(ids.map((id) => [id, textLength(String(answers[id]))])),
    lengths
  );
  ids.forEach((id) => delete answers[id]);
  assert.deepEqual(answers, row.accepted);
}

module("contract: booking rules (in-memory API)", function () {
  for (const row of contract.checks) {
    test(`checks: ${row.why}`, function (assert) {
      const settings = { ...contract.settings, ...row.settings };
      const request =
        "slot" in row.request ? contract.slots[row.request.slot] : row.request;
      const own = (row.own ?? []).map(booking);
      const answers = padded(row);
      const refusal = bookingRefusal({
        settings,
        now,
        slots,
        booker: contract.bookers[row.booker],
        own,
        requests: row.requests ?? 0,
        request: {
          shift_id: request.shift_id,
          starts_at: at(request.starts_in),
          answers,
        },
        exclude: row.exclude === undefined ? undefined : own[row.exclude],
      });
      assertAnswer(assert, row, refusal, () =>
        normalizeAnswers(settings.questions, answers)
      );
    });
  }

  for (const row of contract.answer_checks) {
    test(`answers: ${row.why}`, function (assert) {
      const { questions } = contract.settings;
      const answers = padded(row);
      assertAnswer(assert, row, answerError(questions, answers), () =>
        normalizeAnswers(questions, answers)
      );
    });
  }
});

module("contract: the no-show rule (in-memory API)", function () {
  const rule = contract.no_show_rule;

  test("starts from the same site settings", function (assert) {
    assert.deepEqual(NO_SHOW_DEFAULTS, rule.site_settings);
  });

  for (const row of rule.checks) {
    test(row.why, function (assert) {
      const refusal = noShowRefusal(
        row.no_shows.map((noShow) => ({
          booking_topic_id: noShow.topic ?? rule.topic,
          starts_at: at(-noShow.minutes_ago),
          excused: noShow.excused === true,
        })),
        rule.topic,
        { ...rule.site_settings, ...row.site_settings },
        now
      );
      assert.strictEqual(
        refusal,
        row.needs_approval ? message("needs_approval", row.params) : null
      );
    });
  }
});
