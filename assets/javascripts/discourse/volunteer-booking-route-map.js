export default {
  resource: "user.userActivity",
  map() {
    this.route("volunteerBookings", { path: "volunteer-bookings" });
  },
};
