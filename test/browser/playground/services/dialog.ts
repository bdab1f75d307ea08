import Service from "@ember/service";
import type DialogService from "discourse/dialog-holder/services/dialog";

/** Discourse's dialog service, as far as the plugin uses it: the browser's own confirm box. */
export default class PlaygroundDialog
  extends Service
  implements Pick<DialogService, "yesNoConfirm" | "deleteConfirm">
{
  yesNoConfirm(params: { message: string }): Promise<boolean> {
    // The playground has no dialog component; the browser's box stands in.
    // eslint-disable-next-line no-alert
    return Promise.resolve(window.confirm(params.message));
  }

  deleteConfirm(params: {
    message: string;
    didConfirm?: () => unknown;
  }): Promise<void> {
    // eslint-disable-next-line no-alert
    if (window.confirm(params.message)) {
      params.didConfirm?.();
    }
    return Promise.resolve();
  }
}
