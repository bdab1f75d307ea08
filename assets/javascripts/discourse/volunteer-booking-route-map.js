export default {
  resource: "user.userActivity",
  map() {
    // A bundle of its own (Discourse's staticModules): loaded on this tab only.
    this.route("volunteerBookings", {
      path: "volunteer-bookings",
      bundleName: "my-bookings",
    });
  },
};
