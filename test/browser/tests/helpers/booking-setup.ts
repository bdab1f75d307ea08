import Service from "@ember/service";
import type { TestContext } from "@ember/test-helpers";
import type DialogService from "discourse/dialog-holder/services/dialog";
import VolunteerBookingAdminApi from "discourse/plugins/discourse-volunteer-booking/admin/services/volunteer-booking-admin-api";
import type { Viewer } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/viewer";
import VolunteerBookingApi from "discourse/plugins/discourse-volunteer-booking/discourse/services/volunteer-booking-api";
import VolunteerBookingPanels from "discourse/plugins/discourse-volunteer-booking/discourse/services/volunteer-booking-panels";
import { connectAjax } from "../../playground/api/ajax-bridge";
import { demoData } from "../../playground/api/demo-data";
import { FakeServer } from "../../playground/api/fake-server";
import PlaygroundMessageBus from "../../playground/services/message-bus";
import PlaygroundSite from "../../playground/services/site";
import { resetAjax } from "../../stand-ins/ajax";

/** A confirmation as Discourse's dialog takes it. */
interface Confirmation {
  message: string;
  didConfirm?: () => unknown;
}

/**
 * Records confirmations and answers what the test says. As Discourse's
 * dialog, the answer reaches `didConfirm`; the promise carries none.
 */
export class FakeDialog
  extends Service
  implements Pick<DialogService, "yesNoConfirm" | "deleteConfirm">
{
  confirmations: unknown[] = [];
  answer = true;

  yesNoConfirm(params: Confirmation): Promise<void> {
    return this.deleteConfirm(params);
  }

  deleteConfirm(params: Confirmation): Promise<void> {
    this.confirmations.push(params);
    if (this.answer) {
      params.didConfirm?.();
    }
    return Promise.resolve();
  }
}

/** Records `modal.show` calls and resolves them with what the test says. */
export class FakeModal extends Service {
  shown: { component: unknown; options: unknown }[] = [];
  result: unknown = undefined;

  show(component: unknown, options: unknown): Promise<unknown> {
    this.shown.push({ component, options });
    return Promise.resolve(this.result);
  }
}

export interface BookingTestContext extends TestContext {
  server: FakeServer;
  modal: FakeModal;
  dialog: FakeDialog;
  /** Polled by the test: `await this.messageBus.poll()` delivers. */
  messageBus: PlaygroundMessageBus;
}

/**
 * Gives a rendering test the plugin's real API service talking to the
 * in-memory server with demo data, signed in as `viewer` (null: a visitor).
 */
export function setupBookingTest(
  hooks: NestedHooks,
  viewer: () => (Viewer & { user_option?: { timezone: string } }) | null
) {
  hooks.beforeEach(function (this: BookingTestContext) {
    const current = viewer();
    this.server = new FakeServer(demoData());
    resetAjax();
    connectAjax(this.server, () => current?.id ?? null);
    this.owner.register("service:volunteer-booking-api", VolunteerBookingApi);
    this.owner.register(
      "service:volunteer-booking-admin-api",
      VolunteerBookingAdminApi
    );
    this.owner.register(
      "service:volunteer-booking-panels",
      VolunteerBookingPanels
    );
    // Discourse registers no current user for visitors.
    if (current) {
      this.owner.register("service:current-user", current, {
        instantiate: false,
      });
    }
    this.owner.register("service:modal", FakeModal);
    this.modal = this.owner.lookup("service:modal") as FakeModal;
    this.owner.register("service:dialog", FakeDialog);
    this.dialog = this.owner.lookup("service:dialog") as FakeDialog;
    this.owner.register("service:site", PlaygroundSite);
    this.owner.register("service:message-bus", PlaygroundMessageBus);
    this.messageBus = this.owner.lookup(
      "service:message-bus"
    ) as PlaygroundMessageBus;
    const reader =
      current && this.server.data.users.find((u) => u.id === current.id);
    this.messageBus.source = (since) =>
      this.server.bus.read(reader ?? null, since);
    this.messageBus.lastId = this.server.bus.lastId;
  });
}
