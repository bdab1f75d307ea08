// The tabs of the plugin's admin page (/admin/plugins/discourse-volunteer-booking).
export default {
  resource: "admin.adminPlugins.show",
  path: "/plugins",
  map() {
    this.route("discourse-volunteer-booking-friends", { path: "friends" });
    this.route("discourse-volunteer-booking-stats", { path: "stats" });
  },
};
