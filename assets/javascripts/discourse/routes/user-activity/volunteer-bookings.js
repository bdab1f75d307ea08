import DiscourseRoute from "discourse/routes/discourse";
import { i18n } from "discourse-i18n";

export default class UserActivityVolunteerBookings extends DiscourseRoute {
  titleToken() {
    return i18n("volunteer_booking.my_bookings.title");
  }
}
