export default function () {
  this.route("volunteerBooking", { path: "/volunteer-booking" });
}
