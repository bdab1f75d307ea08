import DiscourseRoute from "discourse/routes/discourse";
import { i18n } from "discourse-i18n";

export default class AdminPluginsShowDiscourseVolunteerBookingStats extends DiscourseRoute {
  titleToken() {
    return i18n("volunteer_booking.admin.stats.title");
  }
}
