import Application from "@ember/application";
import Resolver from "ember-resolver";

export default class TestApp extends Application {
  modulePrefix = "volunteer-booking-browser-tests";
  Resolver = Resolver.withModules({});
}
