import Application from "@ember/application";
import { renderComponent } from "@ember/renderer";
import Resolver from "ember-resolver";
import PlaygroundShell from "./shell";

class PlaygroundApp extends Application {
  modulePrefix = "volunteer-booking-playground";
  Resolver = Resolver.withModules({});
}

async function start() {
  const app = PlaygroundApp.create({ autoboot: false });
  await app.boot();
  const owner = app.buildInstance();
  await owner.boot();
  renderComponent(PlaygroundShell, {
    into: document.getElementById("playground")!,
    owner,
  });
}

void start();
