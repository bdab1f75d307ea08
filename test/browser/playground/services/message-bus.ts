import Service from "@ember/service";
import type { MessageBusClient } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/live-channels";
import type { Backlog } from "../api/live-updates";

/** Reads the backlog after `since`; -1 asks only where it ends. */
export type BacklogSource = (since: number) => Promise<Backlog> | Backlog;

type Callback = (data: unknown) => void;

/**
 * Discourse's `messageBus` service for the playground and the browser
 * tests: `subscribe`/`unsubscribe` as the message-bus client has them, fed
 * from the in-memory API's FakeMessageBus. Each `poll` delivers what was
 * published since the last one, so two windows of the playground (polling
 * the playground server) see each other's changes.
 */
export default class PlaygroundMessageBus
  extends Service
  implements MessageBusClient
{
  source: BacklogSource = () => ({ last_id: 0, messages: [] });

  /** The last message read; -1 until the first poll says where it is. */
  lastId = -1;
  #subscriptions: { channel: string; callback: Callback }[] = [];

  #timer: ReturnType<typeof setInterval> | undefined;

  willDestroy(): void {
    super.willDestroy();
    clearInterval(this.#timer);
  }

  /** How many callbacks follow `channel`: for tests of unsubscribing. */
  subscribers(channel: string): number {
    return this.#subscriptions.filter((s) => s.channel === channel).length;
  }

  subscribe(channel: string, callback: Callback): void {
    this.#subscriptions.push({ channel, callback });
  }

  unsubscribe(channel: string, callback: Callback): void {
    this.#subscriptions = this.#subscriptions.filter(
      (s) => s.channel !== channel || s.callback !== callback
    );
  }

  /** Delivers the messages published since the last poll. */
  async poll(): Promise<void> {
    const { last_id, messages } = await this.source(this.lastId);
    this.lastId = last_id;
    for (const { channel, data } of messages) {
      for (const subscription of this.#subscriptions) {
        if (subscription.channel === channel) {
          subscription.callback(data);
        }
      }
    }
  }

  /** Polls every `ms` until the service is destroyed. */
  start(ms: number): void {
    void this.poll();
    this.#timer = setInterval(() => void this.poll(), ms);
  }
}
