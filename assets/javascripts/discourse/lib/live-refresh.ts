import { registerDestructor } from "@ember/destroyable";
import type { Timer } from "@ember/runloop";
import { cancel, debounce } from "@ember/runloop";
import { type MessageBusClient, REFRESH_DELAY_MS } from "./live-channels";

/**
 * Reloads a component's data when messages arrive on the channels it
 * follows: once per burst, REFRESH_DELAY_MS after the last message, however
 * many channels it follows. Unsubscribes, and drops a pending reload, when
 * the component is torn down (Discourse tears down posts far off-screen).
 */
export class LiveRefresh {
  #destroyable: object;
  #bus: MessageBusClient;
  #refresh: () => unknown;
  #timer: Timer | undefined;

  #fire = (): void => {
    void this.#refresh();
  };

  constructor(
    destroyable: object,
    bus: MessageBusClient,
    refresh: () => unknown
  ) {
    this.#destroyable = destroyable;
    this.#bus = bus;
    this.#refresh = refresh;
    registerDestructor(destroyable, () => cancel(this.#timer));
  }

  /**
   * Follows `channel` until the component is torn down; `accepts` picks
   * the messages that concern it (all by default).
   */
  follow<T>(
    channel: string,
    accepts: (message: T) => boolean = () => true
  ): this {
    // The server publishes one message shape per channel (live-channels).
    const onMessage = (message: unknown) => {
      if (accepts(message as T)) {
        this.#timer = debounce(this.#fire, REFRESH_DELAY_MS);
      }
    };
    this.#bus.subscribe(channel, onMessage);
    registerDestructor(this.#destroyable, () =>
      this.#bus.unsubscribe(channel, onMessage)
    );
    return this;
  }
}
