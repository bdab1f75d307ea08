import { tracked } from "@glimmer/tracking";
import Service from "@ember/service";

interface ActiveModal {
  component: unknown;
  model: unknown;
  resolve: (result: unknown) => void;
}

/** Discourse's modal service, enough to show one modal at a time. */
export default class PlaygroundModal extends Service {
  @tracked active: ActiveModal | null = null;

  close = (result: unknown): void => {
    const active = this.active;
    this.active = null;
    active?.resolve(result);
  };

  show(
    component: unknown,
    options: { model?: unknown } = {}
  ): Promise<unknown> {
    this.close(undefined);
    return new Promise((resolve) => {
      this.active = { component, model: options.model, resolve };
    });
  }
}
