/**
 * The JSON the plugin's server sends and accepts. The Ruby serializers
 * produce exactly these shapes and the request specs assert them; the
 * playground's in-memory API implements them too.
 */

/** Times are ISO 8601 strings in UTC; dates are `YYYY-MM-DD`. */
export type IsoTime = string;
export type IsoDate = string;

/** One bookable start time; full slots are sent too, marked by `available`. */
export interface Slot {
  shift_id: number;
  starts_at: IsoTime;
  ends_at: IsoTime;
  capacity: number;
  available: number;
}

/** A failed request, as Discourse's `render_json_error` writes it. */
export interface ApiError {
  errors: string[];
  error_type?: string;
}
