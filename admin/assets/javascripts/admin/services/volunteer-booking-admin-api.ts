import Service from "@ember/service";
import type { FriendsState } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import { requestJson } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/request-json";

const BASE = "/admin/plugins/discourse-volunteer-booking";

/**
 * The plugin's admin endpoints, for admins only: in the admin bundle, so
 * nobody else downloads them.
 */
export default class VolunteerBookingAdminApi extends Service {
  /**
   * Admins: where the Friends setup stands, what it would change, and who is in.
   * At .json: the bare path is the admin page itself, and a browser going
   * back to the page must not be shown this JSON from its cache.
   */
  friendsState(): Promise<FriendsState> {
    return this.#request("GET", "/friends.json");
  }

  /**
   * Admins: runs the Friends setup as planned under `planDigest`, opening
   * only the categories in `categoryIds`; refused if the plan has changed.
   */
  setUpFriends(
    planDigest: string,
    categoryIds: number[]
  ): Promise<FriendsState> {
    return this.#request("POST", "/friends/setup", {
      plan_digest: planDigest,
      category_ids: categoryIds,
    });
  }

  /** Admins: adds people to Friends by username. */
  addFriends(usernames: string[]): Promise<FriendsState> {
    return this.#request("POST", "/friends/members", { usernames });
  }

  /** Admins: takes someone out of Friends; their bookings and rota entries stay. */
  removeFriend(userId: number): Promise<FriendsState> {
    return this.#request("DELETE", `/friends/members/${userId}`);
  }

  #request<T>(type: string, path: string, body?: object): Promise<T> {
    return requestJson(`${BASE}${path}`, type, body);
  }
}
