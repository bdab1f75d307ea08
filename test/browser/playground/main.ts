import Application from "@ember/application";
import { renderComponent } from "@ember/renderer";
import Resolver from "ember-resolver";
import VolunteerBookingAdminApi from "discourse/plugins/discourse-volunteer-booking/admin/services/volunteer-booking-admin-api";
import VolunteerBookingApi from "discourse/plugins/discourse-volunteer-booking/discourse/services/volunteer-booking-api";
import VolunteerBookingPanels from "discourse/plugins/discourse-volunteer-booking/discourse/services/volunteer-booking-panels";
import type { Backlog } from "./api/live-updates";
import { setLinkViewer } from "./get-url";
import { connectToPlaygroundServer, playgroundJson } from "./http-ajax";
import PlaygroundDialog from "./services/dialog";
import PlaygroundMessageBus from "./services/message-bus";
import PlaygroundModal from "./services/modal";
import PlaygroundSite from "./services/site";
import PlaygroundShell, { type PlaygroundSession } from "./shell";
import { readView } from "./view";

class PlaygroundApp extends Application {
  modulePrefix = "volunteer-booking-playground";
  Resolver = Resolver.withModules({});
}

/** How often a window asks for changes made elsewhere. */
const POLL_MS = 1000;

/**
 * The playground signs in as whoever `?as=` names, and this tab stays that
 * person on the screens it opens next (default: the organiser).
 */
const view = readView(location.search, sessionStorage);
/** `?scheme=dark` shows Discourse's default dark colour scheme. */
document.documentElement.classList.toggle(
  "scheme-dark",
  new URLSearchParams(location.search).get("scheme") === "dark"
);

async function start() {
  connectToPlaygroundServer(view.as);
  setLinkViewer(view.as);
  const session = await playgroundJson<PlaygroundSession>(
    `/playground/session?topic=${view.topic ?? ""}`
  );

  const app = PlaygroundApp.create({ autoboot: false });
  await app.boot();
  const owner = app.buildInstance();
  owner.register("service:volunteer-booking-api", VolunteerBookingApi);
  owner.register(
    "service:volunteer-booking-admin-api",
    VolunteerBookingAdminApi
  );
  owner.register("service:volunteer-booking-panels", VolunteerBookingPanels);
  owner.register("service:modal", PlaygroundModal);
  owner.register("service:dialog", PlaygroundDialog);
  owner.register("service:message-bus", PlaygroundMessageBus);
  owner.register("service:site", PlaygroundSite);
  if (session.viewer) {
    owner.register("service:current-user", session.viewer, {
      instantiate: false,
    });
  }
  await owner.boot();
  const messageBus = owner.lookup(
    "service:message-bus"
  ) as PlaygroundMessageBus;
  // Another window's changes arrive as MessageBus messages would.
  messageBus.source = (since) =>
    playgroundJson<Backlog>(`/playground/message-bus?since=${since}`);
  messageBus.start(POLL_MS);
  renderComponent(PlaygroundShell, {
    into: document.getElementById("playground")!,
    owner,
    args: { session, view },
  });
}

void start();
