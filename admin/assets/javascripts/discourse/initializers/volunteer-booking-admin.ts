import { apiInitializer } from "discourse/lib/api";
import type { PluginApi } from "discourse/lib/plugin-api";
import FriendsToggle from "discourse/plugins/discourse-volunteer-booking/admin/components/friends-toggle";

/**
 * The plugin's admin page tabs (Friends, and the stats of all booking
 * topics), and the Friends button on the admin user page; for admins
 * only, as the endpoints behind them.
 */
export default apiInitializer((api: PluginApi) => {
  const siteSettings = api.container.lookup("service:site-settings") as {
    volunteer_booking_enabled: boolean;
  };
  const currentUser = api.getCurrentUser() as { admin?: boolean } | null;
  if (!siteSettings.volunteer_booking_enabled || !currentUser?.admin) {
    return;
  }

  api.addAdminPluginConfigurationNav("discourse-volunteer-booking", [
    {
      label: "volunteer_booking.admin.friends.title",
      description: "volunteer_booking.admin.friends.nav_description",
      route: "adminPlugins.show.discourse-volunteer-booking-friends",
    },
    {
      label: "volunteer_booking.admin.stats.title",
      description: "volunteer_booking.admin.stats.nav_description",
      route: "adminPlugins.show.discourse-volunteer-booking-stats",
    },
  ]);

  api.renderInOutlet("admin-user-controls-after", FriendsToggle);
});
