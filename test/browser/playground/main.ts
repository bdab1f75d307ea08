import Application from "@ember/application";
import { renderComponent } from "@ember/renderer";
import Resolver from "ember-resolver";
import VolunteerBookingApi from "discourse/plugins/discourse-volunteer-booking/discourse/services/volunteer-booking-api";
import { connectToPlaygroundServer } from "./http-ajax";
import PlaygroundAppEvents from "./services/app-events";
import PlaygroundDialog from "./services/dialog";
import PlaygroundModal from "./services/modal";
import PlaygroundShell, { type PlaygroundSession } from "./shell";

class PlaygroundApp extends Application {
  modulePrefix = "volunteer-booking-playground";
  Resolver = Resolver.withModules({});
}

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
  owner.register("service:modal", PlaygroundModal);
  owner.register("service:app-events", PlaygroundAppEvents);
  owner.register("service:dialog", PlaygroundDialog);
  if (session.viewer) {
    owner.register("service:current-user", session.viewer, {
      instantiate: false,
    });
  }
  await owner.boot();
  renderComponent(PlaygroundShell, {
    into: document.getElementById("playground")!,
    owner,
    args: { session },
  });
}

void start();
