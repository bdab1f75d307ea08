export default function () {
  // A bundle of its own (Discourse's staticModules): loaded on this page only.
  this.route("volunteerBooking", {
    path: "/volunteer-booking",
    bundleName: "volunteer-page",
  });
}
