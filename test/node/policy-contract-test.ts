import { readFileSync } from "node:fs";
import QUnit from "qunit";
import type { BookingStatus } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import {
  bookingPermissions,
  type BookingState,
} from "../browser/playground/api/bookings.ts";
import {
  type Owned,
  Policy,
  type PolicyUser,
} from "../browser/playground/api/policy.ts";

const { module, test } = QUnit;

/** contract/policy.json; README.md there says what each part means. */
interface Contract {
  now: string;
  session_minutes: number;
  groups: Record<string, number>;
  topics: Record<
    string,
    {
      volunteer_groups: string[];
      organiser_group: string | null;
      min_trust_level: number | null;
    }
  >;
  users: Record<
    string,
    {
      id: number;
      staff?: boolean;
      anonymous?: boolean;
      groups: string[];
      trust_level: number;
    } | null
  >;
  bookings: Record<
    string,
    {
      status: BookingStatus;
      booker: string;
      holder: string | null;
      starts_at_minutes: number;
      call_token?: string;
    }
  >;
  policy: {
    ask: string;
    topic?: string;
    booking?: string;
    owner?: string;
    allowed: string[];
  }[];
  offers: { booking: string; offered: Record<string, string[]> }[];
}

const contract = JSON.parse(
  readFileSync(new URL("../../contract/policy.json", import.meta.url), "utf8")
) as Contract;
const NOW = new Date(contract.now);
const USER_NAMES = Object.keys(contract.users);

/** A name the file uses, which must be one it defines: a typo is no refusal. */
function named<T>(things: Record<string, T>, name: string): T {
  if (!Object.hasOwn(things, name)) {
    throw new Error(`contract/policy.json names an unknown "${name}"`);
  }
  return things[name];
}

function knownUsers(names: string[]): string[] {
  names.forEach((name) => named(contract.users, name));
  return names;
}

function user(name: string): PolicyUser | null {
  const entry = named(contract.users, name);
  return (
    entry && {
      ...entry,
      group_ids: entry.groups.map((group) => named(contract.groups, group)),
    }
  );
}

const userId = (name: string) => user(name)?.id ?? null;

function policyFor(userName: string, topicName = "booking topic"): Policy {
  const topic = named(contract.topics, topicName);
  const groupId = (group: string) => named(contract.groups, group);
  return new Policy(
    user(userName),
    {
      volunteer_group_ids: topic.volunteer_groups.map(groupId),
      organiser_group_id:
        topic.organiser_group === null ? null : groupId(topic.organiser_group),
      min_trust_level: topic.min_trust_level,
    },
    NOW
  );
}

function booking(name: string): BookingState {
  const entry = named(contract.bookings, name);
  return {
    status: entry.status,
    call_token: entry.call_token ?? null,
    booker_id: userId(entry.booker),
    holder_id: entry.holder === null ? null : userId(entry.holder),
    starts_at: new Date(
      NOW.getTime() + entry.starts_at_minutes * 60_000
    ).toISOString(),
  };
}

/** The Ruby name a row asks ("can_pick_up") as the Policy's method. */
const methodOf = (ask: string) =>
  ask.replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase());

const POLICY_METHODS = Object.getOwnPropertyNames(Policy.prototype).filter(
  (name) => name !== "constructor"
);

/** Asks `policy` what `row` asks, as Ruby's public_send would. */
function answer(policy: Policy, row: Contract["policy"][number], as: string) {
  const method = methodOf(row.ask);
  if (!POLICY_METHODS.includes(method)) {
    throw new Error(`the Policy has no ${method} for "${row.ask}"`);
  }
  const owner = row.owner === "self" ? as : row.owner;
  const about: BookingState | Owned | undefined = row.booking
    ? booking(row.booking)
    : owner === undefined
      ? undefined
      : { user_id: userId(owner) };
  const ask = policy[method as keyof Policy] as (about?: unknown) => boolean;
  return ask.call(policy, about);
}

module("contract/policy.json", function () {
  test("asks every question the Policy answers", function (assert) {
    assert.deepEqual(
      [...new Set(contract.policy.map((row) => methodOf(row.ask)))].sort(),
      [...POLICY_METHODS].sort()
    );
  });

  for (const row of contract.policy) {
    const allowed = knownUsers(row.allowed);
    const about = [
      row.booking,
      row.owner && `owned by ${row.owner}`,
      row.topic,
    ].filter(Boolean);
    for (const name of USER_NAMES) {
      const expected = allowed.includes(name);
      const where = about.length ? ` (${about.join(", ")})` : "";
      test(`as ${name}, ${row.ask}?${where} is ${expected}`, function (assert) {
        assert.strictEqual(
          answer(policyFor(name, row.topic), row, name),
          expected
        );
      });
    }
  }

  for (const row of contract.offers) {
    knownUsers(Object.keys(row.offered));
    for (const name of USER_NAMES) {
      const offered = row.offered[name] ?? [];
      test(`offers ${name} ${offered.join(", ") || "nothing"} (${row.booking})`, function (assert) {
        const permissions: Record<string, boolean> = {
          ...bookingPermissions(policyFor(name), booking(row.booking)),
        };
        const flags = Object.keys(permissions);
        assert.deepEqual(
          offered.filter((flag) => !flags.includes(flag)),
          [],
          "names only flags the API sends"
        );
        assert.deepEqual(
          permissions,
          Object.fromEntries(
            flags.map((flag) => [flag, offered.includes(flag)])
          )
        );
      });
    }
  }
});
