import QUnit from "qunit";
import type { FriendsState } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import {
  DEMO_TOPIC_ID,
  GROUPS,
  USERS,
} from "../../browser/playground/api/demo-data.ts";
import { as, server } from "./fake-api.ts";

const { module, test } = QUnit;

const base = "/admin/plugins/discourse-volunteer-booking/friends";

const stateOf = (response: { body: unknown }) => response.body as FriendsState;

module("playground FakeServer: Friends", function () {
  test("admins only", function (assert) {
    const api = server();
    for (const userId of [null, USERS.ann.id, USERS.dee.id]) {
      assert.strictEqual(as(api, userId)("GET", base).status, 403);
      assert.strictEqual(as(api, userId)("POST", `${base}/setup`).status, 403);
      assert.strictEqual(
        as(api, userId)("POST", `${base}/members`, { usernames: ["eve"] })
          .status,
        403
      );
      assert.strictEqual(
        as(api, userId)("DELETE", `${base}/members/${USERS.dee.id}`).status,
        403
      );
    }
    assert.false(
      api.data.users
        .find((u) => u.id === USERS.eve.id)!
        .group_ids.includes(GROUPS.friends.id)
    );
  });

  test("the seeded state: a group made by hand, not yet set up", function (assert) {
    const state = stateOf(as(server(), USERS.sam.id)("GET", base));
    assert.strictEqual(state.group?.user_count, 2);
    assert.false(state.chat_allowed);
    assert.deepEqual(
      state.changes.map((c) => c.type),
      ["allow_chat", "open_category"]
    );
    assert.deepEqual(
      state.members.map((m) => [m.user.username, m.added_by?.username ?? null]),
      [
        ["fay", null],
        ["dee", "sam"],
      ],
      "newest first, with who added them when the log says"
    );
  });

  test("the setup is idempotent and keeps the groups already allowed", function (assert) {
    const api = server();
    const first = stateOf(as(api, USERS.sam.id)("POST", `${base}/setup`));
    assert.deepEqual(first.changes, []);
    assert.true(first.chat_allowed);
    assert.deepEqual(api.data.friends.chatAllowedGroupIds, [
      GROUPS.members.id,
      GROUPS.sisters.id,
      GROUPS.friends.id,
    ]);
    const before = structuredClone(api.data);
    const again = as(api, USERS.sam.id)("POST", `${base}/setup`);
    assert.strictEqual(again.status, 200);
    assert.deepEqual(api.data, before, "a second run changes nothing");
  });

  test("the setup creates a missing group, owned by the admin", function (assert) {
    const api = server();
    api.data.friends.groupExists = false;
    api.data.friends.memberships = [];
    const state = stateOf(as(api, USERS.sam.id)("GET", base));
    assert.deepEqual(state.changes[0], {
      type: "create_group",
      name: "friends",
      full_name: "Friends",
    });

    const after = stateOf(as(api, USERS.sam.id)("POST", `${base}/setup`));
    assert.deepEqual(
      after.members.map((m) => [m.user.username, m.owner]),
      [["sam", true]]
    );
  });

  test("the setup refuses while chat is off", function (assert) {
    const api = server();
    api.data.friends.chatEnabled = false;
    const answer = as(api, USERS.sam.id)("POST", `${base}/setup`);
    assert.strictEqual(answer.status, 422);
    assert.deepEqual(answer.body, {
      errors: [
        "Chat is switched off on this site, so Friends cannot be given chat access. Please enable chat (the chat_enabled setting) and run the setup again.",
      ],
    });
  });

  test("adding and removing", function (assert) {
    const api = server();
    const unknown = as(api, USERS.sam.id)("POST", `${base}/members`, {
      usernames: ["eve", "zed"],
    });
    assert.strictEqual(unknown.status, 422);
    assert.false(
      api.data.users
        .find((u) => u.id === USERS.eve.id)!
        .group_ids.includes(GROUPS.friends.id),
      "nobody is added when one name is unknown"
    );

    const added = stateOf(
      as(api, USERS.sam.id)("POST", `${base}/members`, {
        usernames: ["EVE", "dee"],
      })
    );
    assert.deepEqual(
      added.members.map((m) => m.user.username),
      ["eve", "fay", "dee"]
    );

    const removed = stateOf(
      as(api, USERS.sam.id)("DELETE", `${base}/members/${USERS.dee.id}`)
    );
    assert.deepEqual(
      removed.members.map((m) => m.user.username),
      ["eve", "fay"]
    );
    assert.deepEqual(
      api.data.users.find((u) => u.id === USERS.dee.id)!.group_ids,
      []
    );
  });

  test("organisers see who cannot reach the booking topic's channel", function (assert) {
    const api = server();
    api.data.rotaEntries.push({
      id: 99,
      shift_id: 11,
      on_date: null,
      user_id: USERS.dee.id,
    });
    const rota = () =>
      (
        as(api, USERS.ann.id)(
          "GET",
          `/volunteer-booking/topics/${DEMO_TOPIC_ID}/rota?from=2026-06-01&weeks=1`
        ).body as {
          rota_entries: { user: { username: string }; flagged?: boolean }[];
        }
      ).rota_entries.map((e) => [e.user.username, e.flagged]);

    assert.deepEqual(rota(), [
      ["bob", false],
      ["cat", false],
      ["bob", false],
      ["dee", true],
    ]);
    as(api, USERS.sam.id)("POST", `${base}/setup`);
    assert.deepEqual(
      rota().find(([name]) => name === "dee"),
      ["dee", false],
      "Friends can reach the channel once set up"
    );
  });
});
