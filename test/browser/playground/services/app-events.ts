import Service from "@ember/service";

type Listener = [object, (...args: unknown[]) => void];

/** Discourse's app events: a page-wide event emitter. */
export default class PlaygroundAppEvents extends Service {
  #listeners = new Map<string, Listener[]>();

  on(name: string, target: object, method: (...args: unknown[]) => void) {
    this.#listeners.set(name, [
      ...(this.#listeners.get(name) ?? []),
      [target, method],
    ]);
  }

  off(name: string, target: object, method: (...args: unknown[]) => void) {
    this.#listeners.set(
      name,
      (this.#listeners.get(name) ?? []).filter(
        ([t, m]) => t !== target || m !== method
      )
    );
  }

  trigger(name: string, ...args: unknown[]) {
    for (const [target, method] of this.#listeners.get(name) ?? []) {
      method.apply(target, args);
    }
  }
}
