import Service from "@ember/service";
import { ajax } from "discourse/lib/ajax";
import type {
  BookingTopic,
  BookingTopicSettings,
  BookingTopicSettingsResponse,
  IsoDate,
  JoinShiftInput,
  RotaEntry,
  RotaResponse,
  Shift,
  ShiftInput,
  TimeOff,
  TimeOffInput,
} from "../lib/api-types";

const BASE = "/volunteer-booking";

/**
 * The plugin's HTTP API, typed by `api-types.ts`; the only caller of
 * `ajax`. Bodies go as JSON so lists of objects (intake questions) keep
 * their shape. Failures reject as `ajax` does; see `errorMessages`.
 */
export default class VolunteerBookingApi extends Service {
  /** An organiser's view of a topic's settings, with defaults for a new one. */
  settings(topicId: number): Promise<BookingTopicSettingsResponse> {
    return this.#request("GET", `/topics/${topicId}/settings`);
  }

  /** Makes the topic a booking topic, or updates its settings. */
  saveSettings(
    topicId: number,
    settings: BookingTopicSettings
  ): Promise<{ booking_topic: BookingTopic; settings: BookingTopicSettings }> {
    return this.#request("PUT", `/topics/${topicId}/settings`, { settings });
  }

  /** Stops new bookings, showing `message` instead of the slots. */
  pause(
    topicId: number,
    message: string | null
  ): Promise<{ booking_topic: BookingTopic }> {
    return this.#request("PUT", `/topics/${topicId}/pause`, { message });
  }

  resume(topicId: number): Promise<{ booking_topic: BookingTopic }> {
    return this.#request("DELETE", `/topics/${topicId}/pause`);
  }

  addShift(topicId: number, shift: ShiftInput): Promise<{ shift: Shift }> {
    return this.#request("POST", `/topics/${topicId}/shifts`, { shift });
  }

  updateShift(
    topicId: number,
    shiftId: number,
    shift: ShiftInput
  ): Promise<{ shift: Shift }> {
    return this.#request("PUT", `/topics/${topicId}/shifts/${shiftId}`, {
      shift,
    });
  }

  /** Removes the shift and everyone's rota entries for it. */
  removeShift(topicId: number, shiftId: number): Promise<unknown> {
    return this.#request("DELETE", `/topics/${topicId}/shifts/${shiftId}`);
  }

  /** The shifts, rota entries and time off of `weeks` weeks from `from`. */
  rota(topicId: number, from: IsoDate, weeks: number): Promise<RotaResponse> {
    return this.#request(
      "GET",
      `/topics/${topicId}/rota?from=${encodeURIComponent(from)}&weeks=${weeks}`
    );
  }

  /** Puts the viewer (or, for organisers, `user_id`) on a shift. */
  joinShift(
    topicId: number,
    input: JoinShiftInput
  ): Promise<{ rota_entry: RotaEntry }> {
    return this.#request("POST", `/topics/${topicId}/rota-entries`, input);
  }

  leaveShift(topicId: number, entryId: number): Promise<unknown> {
    return this.#request(
      "DELETE",
      `/topics/${topicId}/rota-entries/${entryId}`
    );
  }

  /** The viewer's current and future time off. */
  myTimeOff(): Promise<{ time_off: TimeOff[] }> {
    return this.#request("GET", "/time-off");
  }

  addTimeOff(input: TimeOffInput): Promise<{ time_off: TimeOff }> {
    return this.#request("POST", "/time-off", input);
  }

  removeTimeOff(id: number): Promise<unknown> {
    return this.#request("DELETE", `/time-off/${id}`);
  }

  #request<T>(type: string, path: string, body?: object): Promise<T> {
    return ajax(`${BASE}${path}`, {
      type,
      ...(body && {
        contentType: "application/json",
        data: JSON.stringify(body),
      }),
    }) as Promise<T>;
  }
}
