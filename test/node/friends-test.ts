import QUnit from "qunit";
import {
  inGroupNamed,
  type UserGroup,
  withMember,
} from "discourse/plugins/discourse-volunteer-booking/admin/lib/friends";

const { module, test } = QUnit;

const tl0: UserGroup = { id: 10, name: "trust_level_0", automatic: true };
const friends: UserGroup = { id: 41, name: "friends", automatic: false };
const groupId = (group: UserGroup) => group.id;
const itself = (id: number) => id;

module("friends", function () {
  test("finds a group by name, ignoring case", function (assert) {
    assert.true(inGroupNamed([tl0, friends], "Friends"));
    assert.false(inGroupNamed([tl0], "friends"));
    assert.false(inGroupNamed(undefined, "friends"));
  });

  test("adds a member last, once", function (assert) {
    assert.deepEqual(withMember([tl0], 41, friends, groupId), [tl0, friends]);
    assert.deepEqual(
      withMember([friends, tl0], 41, friends, groupId),
      [tl0, friends],
      "already there: still once"
    );
    assert.deepEqual(withMember([3, 7], 41, 41, itself), [3, 7, 41]);
  });

  test("takes a member out, keeping the others in order", function (assert) {
    assert.deepEqual(withMember([tl0, friends], 41, null, groupId), [tl0]);
    assert.deepEqual(withMember([3, 41, 7], 41, null, itself), [3, 7]);
    assert.deepEqual(withMember([3, 7], 41, null, itself), [3, 7]);
  });

  test("leaves the array it was given alone", function (assert) {
    const ids = [3, 41];
    withMember(ids, 41, null, itself);
    assert.deepEqual(ids, [3, 41]);
  });
});
