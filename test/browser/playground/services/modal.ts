import { tracked } from "@glimmer/tracking";
import Service from "@ember/service";

interface ActiveModal {
  component: unknown;
  model: unknown;
  resolve: (result: unknown) => void;
}

/**
 * Discourse's modal service, enough to show one modal at a time; as there,
 * closing gives focus back to the control that was focused when it opened.
 */
export default class PlaygroundModal extends Service {
  @tracked active: ActiveModal | null = null;

  triggerElement: HTMLElement | null = null;

  close = (result: unknown): void => {
    const active = this.active;
    this.active = null;
    active?.resolve(result);
    this.triggerElement?.focus();
    this.triggerElement = null;
  };

  show(
    component: unknown,
    options: { model?: unknown } = {}
  ): Promise<unknown> {
    this.close(undefined);
    this.triggerElement = document.activeElement as HTMLElement | null;
    return new Promise((resolve) => {
      this.active = { component, model: options.model, resolve };
    });
  }
}
