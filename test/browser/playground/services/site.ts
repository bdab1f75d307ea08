import Service from "@ember/service";
import type { Limits } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import type { LimitsSite } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/limits";
import { LIMITS } from "../api/limits";

/**
 * Discourse's `site` service for the playground and the browser tests:
 * only what the plugin adds to it, the limits as the server sends them
 * (plugin.rb, Limits.client), read from the same contract/limits.json.
 */
export default class PlaygroundSite extends Service implements LimitsSite {
  volunteer_booking_limits: Limits = LIMITS;
}
