// Discourse's test runner installs qunit-dom; this brings its `assert.dom`
// types into the plugin's type check.
import "qunit-dom";
