import { readFileSync } from "node:fs";
import QUnit from "qunit";
import ts from "typescript";
import {
  addDays,
  localDate,
  weekdayOf,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/zoned-time";
import { DEMO_TOPIC_ID, USERS } from "../browser/playground/api/demo-data.ts";
import { as, server } from "./playground/fake-api.ts";

const { module, test } = QUnit;

/** contract/serializer_keys.json: by api-types.ts interface, its keys. */
type Contract = Record<
  string,
  { serializer?: string; keys: string[]; optional?: string[] }
>;

const contract = JSON.parse(
  readFileSync(
    new URL("../../contract/serializer_keys.json", import.meta.url),
    "utf8"
  )
) as Contract;

/** Each interface of api-types.ts: its properties, inherited ones too. */
function apiTypes(): Map<string, { name: string; optional: boolean }[]> {
  const path = new URL(
    "../../assets/javascripts/discourse/lib/api-types.ts",
    import.meta.url
  );
  const file = ts.createSourceFile(
    path.pathname,
    readFileSync(path, "utf8"),
    ts.ScriptTarget.Latest
  );
  const declared = new Map<string, ts.InterfaceDeclaration>();
  file.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node)) {
      declared.set(node.name.text, node);
    }
  });
  const members = (name: string): { name: string; optional: boolean }[] => {
    const node = declared.get(name)!;
    const inherited = (node.heritageClauses ?? []).flatMap((clause) =>
      clause.types.flatMap((type) => members(type.expression.getText(file)))
    );
    const own = node.members.filter(ts.isPropertySignature).map((member) => ({
      name: member.name.getText(file),
      optional: member.questionToken !== undefined,
    }));
    return [...inherited, ...own];
  };
  return new Map([...declared.keys()].map((name) => [name, members(name)]));
}

/** Objects the in-memory API sends, by the interface each must match. */
function sent(): Record<string, object[]> {
  const api = server();
  const topic = `/volunteer-booking/topics/${DEMO_TOPIC_ID}`;
  const get = (userId: number, url: string) =>
    as(api, userId)("GET", url).body as Record<string, unknown>;
  const list = (body: Record<string, unknown>, key: string) =>
    body[key] as object[];
  as(api, USERS.bob.id)("POST", "/volunteer-booking/time-off", {
    starts_on: "2026-07-01",
    ends_on: "2026-07-02",
    note: null,
  });
  const bobsWeekly = api.data.rotaEntries.find(
    (e) => e.user_id === USERS.bob.id && e.on_date === null
  )!;
  const shift = api.data.shifts.find((s) => s.id === bobsWeekly.shift_id)!;
  const today = localDate(api.now().getTime(), shift.time_zone);
  const nextWeek = addDays(
    today,
    ((shift.weekday - weekdayOf(today) + 7) % 7) + 7
  );
  as(api, USERS.ann.id)(
    "POST",
    `${topic}/rota-entries/${bobsWeekly.id}/skips`,
    { on_date: nextWeek }
  );
  // Bob alone on a shift wanting three: a gap on each of its dates.
  shift.volunteers_wanted = 3;
  const gaps = get(USERS.ann.id, `${topic}/gaps`);
  // A request Bob takes: every viewer's view of it, the taker's included.
  const asked = as(api, USERS.eve.id)("POST", `${topic}/requests`, {
    windows: [{ weekday: 1, date: null, from: "09:00", to: "11:00" }],
    time_zone: "America/New_York",
    note: "Mornings.",
    answers: { ica_statement: true, story: "Curious about co-ops." },
  }).body as { request: { id: number } };
  const requestUrl = `/volunteer-booking/requests/${asked.request.id}`;
  const openRequest = get(USERS.cat.id, requestUrl).request as object;
  as(api, USERS.bob.id)("PUT", `${requestUrl}/take`);
  const settings = get(USERS.ann.id, `${topic}/settings`);
  const rota = get(USERS.ann.id, `${topic}/rota`);
  const volunteer = get(USERS.bob.id, "/volunteer-booking/volunteer.json");
  const friends = get(
    USERS.sam.id,
    "/admin/plugins/discourse-volunteer-booking/friends.json"
  );
  const bookingTopic = api.bookingTopicFor(DEMO_TOPIC_ID, USERS.eve.id)!;
  const bookings = [
    ...list(get(USERS.ann.id, `${topic}/bookings`), "bookings"),
    ...list(volunteer, "sessions"),
    ...list(volunteer, "queue"),
  ];
  const field = (objects: object[], key: string) =>
    objects.flatMap((o) => {
      const value = (o as Record<string, unknown>)[key];
      return value ? [value as object] : [];
    });
  return {
    BookingTopic: [bookingTopic],
    BookingTopicPermissions: [bookingTopic.permissions],
    BookingTopicSettings: [settings.settings as object],
    Shift: [...bookingTopic.shifts, ...list(settings, "shifts")],
    Slot: list(get(USERS.eve.id, `${topic}/slots`), "slots"),
    Booking: bookings,
    BookingPermissions: field(bookings, "permissions"),
    BasicUser: [
      ...field(bookings, "booker"),
      ...field(bookings, "holder"),
      ...list(rota, "volunteers"),
    ],
    RotaEntry: list(rota, "rota_entries"),
    RotaSkip: list(rota, "rota_skips"),
    TimeOff: [...list(rota, "time_off"), ...list(volunteer, "time_off")],
    VolunteerRotaEntry: list(volunteer, "rota_entries"),
    BookingRequest: [
      openRequest,
      get(USERS.eve.id, requestUrl).request as object,
      ...list(volunteer, "requests"),
    ],
    BookingRequestPermissions: field([openRequest], "permissions"),
    FriendsState: [friends],
    FriendMember: list(friends, "members"),
    Gap: list(gaps, "gaps"),
  };
}

module("contract: serialized shapes", function () {
  const types = apiTypes();

  for (const [name, shape] of Object.entries(contract)) {
    test(`api-types.ts ${name}`, function (assert) {
      const members = types.get(name) ?? [];
      assert.deepEqual(
        members
          .filter((m) => !m.optional)
          .map((m) => m.name)
          .sort(),
        [...shape.keys].sort(),
        "keys every viewer gets"
      );
      assert.deepEqual(
        members
          .filter((m) => m.optional)
          .map((m) => m.name)
          .sort(),
        [...(shape.optional ?? [])].sort(),
        "keys that depend on who asks"
      );
    });
  }

  const objects = sent();
  for (const [name, shape] of Object.entries(contract)) {
    test(`the in-memory API's ${name}`, function (assert) {
      const found = objects[name] ?? [];
      assert.true(found.length > 0, "sent at least once");
      const allowed = [...shape.keys, ...(shape.optional ?? [])];
      for (const object of found) {
        const keys = Object.keys(object);
        assert.deepEqual(
          shape.keys.filter((key) => !keys.includes(key)),
          [],
          `${name} lacks none of its keys`
        );
        assert.deepEqual(
          keys.filter((key) => !allowed.includes(key)),
          [],
          `${name} has no other keys`
        );
      }
    });
  }
});
