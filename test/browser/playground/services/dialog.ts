import Service from "@ember/service";
import type DialogService from "discourse/dialog-holder/services/dialog";

interface Confirmation {
  message: string;
  didConfirm?: () => unknown;
}

/** Discourse's dialog service, as far as the plugin uses it: the browser's own confirm box. */
export default class PlaygroundDialog
  extends Service
  implements Pick<DialogService, "yesNoConfirm" | "deleteConfirm">
{
  yesNoConfirm(params: Confirmation): Promise<void> {
    return this.deleteConfirm(params);
  }

  /** As Discourse's: the answer reaches `didConfirm`, not the promise. */
  deleteConfirm(params: Confirmation): Promise<void> {
    // The playground has no dialog component; the browser's box stands in.
    // eslint-disable-next-line no-alert
    if (window.confirm(params.message)) {
      params.didConfirm?.();
    }
    return Promise.resolve();
  }
}
