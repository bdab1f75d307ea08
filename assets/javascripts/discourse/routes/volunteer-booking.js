import DiscourseRoute from "discourse/routes/discourse";
import { i18n } from "discourse-i18n";

export default class VolunteerBookingRoute extends DiscourseRoute {
  titleToken() {
    return i18n("volunteer_booking.volunteer_page.title");
  }
}
