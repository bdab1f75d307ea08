import { setApplication } from "@ember/test-helpers";
import "./styles.scss";
import { setupEmberOnerrorValidation, start as qunitStart } from "ember-qunit";
import * as QUnit from "qunit";
import { setup } from "qunit-dom";
import TestApp from "./app";

export function start() {
  setApplication(
    TestApp.create({ autoboot: false, rootElement: "#ember-testing" })
  );
  setup(QUnit.assert);
  setupEmberOnerrorValidation();
  qunitStart();
}
