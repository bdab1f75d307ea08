import Application from "@ember/application";
import { renderComponent } from "@ember/renderer";
import Resolver from "ember-resolver";
import VolunteerBookingApi from "discourse/plugins/discourse-volunteer-booking/discourse/services/volunteer-booking-api";
import VolunteerBookingPanels from "discourse/plugins/discourse-volunteer-booking/discourse/services/volunteer-booking-panels";
import type { Backlog } from "./api/live-updates";
import { connectToPlaygroundServer } from "./http-ajax";
import PlaygroundDialog from "./services/dialog";
import PlaygroundMessageBus from "./services/message-bus";
import PlaygroundModal from "./services/modal";
import PlaygroundSite from "./services/site";
import PlaygroundShell, { type PlaygroundSession } from "./shell";

class PlaygroundApp extends Application {
  modulePrefix = "volunteer-booking-playground";
  Resolver = Resolver.withModules({});
}

/** How often a window asks for changes made elsewhere. */
const POLL_MS = 1000;

const query = new URLSearchParams(location.search);
/** The playground signs in as whoever `?as=` names (default: the organiser). */
const username = query.get("as") ?? "ann";
/** The booking topic `?topic=` names (default: Digital Candle). */
const topic = query.get("topic") ?? "";
/** `?scheme=dark` shows Discourse's default dark colour scheme. */
document.documentElement.classList.toggle(
  "scheme-dark",
  query.get("scheme") === "dark"
);

async function start() {
  connectToPlaygroundServer(() => username);
  // Plain links (the calendar download) carry the playground user this way.
  document.cookie = `playground_user=${encodeURIComponent(username)}; path=/; SameSite=Lax`;
  const session = (await (
    await fetch(`/playground/session?topic=${encodeURIComponent(topic)}`, {
      headers: { "x-playground-user": username },
    })
  ).json()) as PlaygroundSession;

  const app = PlaygroundApp.create({ autoboot: false });
  await app.boot();
  const owner = app.buildInstance();
  owner.register("service:volunteer-booking-api", VolunteerBookingApi);
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
  messageBus.source = async (since) =>
    (await (
      await fetch(`/playground/message-bus?since=${since}`, {
        headers: { "x-playground-user": username },
      })
    ).json()) as Backlog;
  messageBus.start(POLL_MS);
  renderComponent(PlaygroundShell, {
    into: document.getElementById("playground")!,
    owner,
    args: { session },
  });
}

void start();
