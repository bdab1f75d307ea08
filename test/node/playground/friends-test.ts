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

type FakeApi = ReturnType<typeof server>;

/** What the admin's screen sends: the plan it showed, every category ticked. */
function confirmed(api: FakeApi) {
  const state = stateOf(as(api, USERS.sam.id)("GET", `${base}.json`));
  return {
    plan_digest: state.plan_digest,
    category_ids: state.changes.flatMap((c) =>
      c.type === "open_category" ? [c.category_id] : []
    ),
  };
}

const setUp = (api: FakeApi, body = confirmed(api)) =>
  as(api, USERS.sam.id)("POST", `${base}/setup`, body);

module("playground FakeServer: Friends", function () {
  test("admins only", function (assert) {
    const api = server();
    for (const userId of [null, USERS.ann.id, USERS.dee.id]) {
      assert.strictEqual(as(api, userId)("GET", `${base}.json`).status, 403);
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
    const state = stateOf(as(server(), USERS.sam.id)("GET", `${base}.json`));
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
    const first = stateOf(setUp(api));
    assert.deepEqual(first.changes, []);
    assert.true(first.chat_allowed);
    assert.deepEqual(api.data.friends.chatAllowedGroupIds, [
      GROUPS.members.id,
      GROUPS.sisters.id,
      GROUPS.friends.id,
    ]);
    const before = structuredClone(api.data);
    const again = setUp(api);
    assert.strictEqual(again.status, 200);
    assert.deepEqual(api.data, before, "a second run changes nothing");
  });

  test("the setup creates a missing group, owned by the admin", function (assert) {
    const api = server();
    api.data.friends.groupExists = false;
    api.data.friends.memberships = [];
    const state = stateOf(as(api, USERS.sam.id)("GET", `${base}.json`));
    assert.deepEqual(state.changes[0], {
      type: "create_group",
      name: "friends",
      full_name: "Friends",
    });

    const after = stateOf(setUp(api));
    assert.deepEqual(
      after.members.map((m) => [m.user.username, m.owner]),
      [["sam", true]]
    );
  });

  test("the setup refuses while chat is off", function (assert) {
    const api = server();
    api.data.friends.chatEnabled = false;
    const answer = setUp(api);
    assert.strictEqual(answer.status, 422);
    assert.deepEqual(answer.body, {
      errors: [
        "Chat is switched off on this site, so Friends cannot be given chat access. Please enable chat (the chat_enabled setting) and run the setup again.",
      ],
    });
  });

  test("the plan lists each category's permissions, read-restricted ones marked", function (assert) {
    const state = stateOf(as(server(), USERS.sam.id)("GET", `${base}.json`));
    assert.deepEqual(state.changes[1], {
      type: "open_category",
      category_id: 5,
      category_name: "Volunteers",
      channel_name: "Volunteers",
      read_restricted: true,
      permissions: [
        { group_name: "members", permission: "full" },
        { group_name: "sisters", permission: "full" },
      ],
    });
  });

  test("the setup opens only the categories the admin ticked", function (assert) {
    const api = server();
    const state = stateOf(setUp(api, { ...confirmed(api), category_ids: [] }));
    assert.true(state.chat_allowed);
    assert.deepEqual(
      state.changes.map((c) => c.type),
      ["open_category"],
      "the unticked category is still to do"
    );
    assert.deepEqual(api.data.friends.channelCategories[0].posting_group_ids, [
      GROUPS.members.id,
      GROUPS.sisters.id,
    ]);
  });

  test("the setup refuses a plan that changed, or a category not in it, and changes nothing", function (assert) {
    const api = server();
    const shown = confirmed(api);
    const before = structuredClone(api.data);
    for (const body of [
      { ...shown, plan_digest: "stale" },
      { ...shown, category_ids: [5, 99] },
    ]) {
      const answer = setUp(api, body as typeof shown);
      assert.strictEqual(answer.status, 422);
      assert.deepEqual(answer.body, {
        errors: [
          "Something changed since this page showed the setup's plan (a booking topic's chat channel, a category's permissions or the group itself). Nothing was changed. Please review the new plan and run the setup again.",
        ],
      });
    }
    assert.deepEqual(api.data, before);

    api.data.friends.channelCategories[0].posting_group_ids!.push(
      GROUPS.organisers.id
    );
    assert.strictEqual(
      setUp(api, shown).status,
      422,
      "a category's permissions changed since the admin looked"
    );
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
    setUp(api);
    assert.deepEqual(
      rota().find(([name]) => name === "dee"),
      ["dee", false],
      "Friends can reach the channel once set up"
    );
  });
});
