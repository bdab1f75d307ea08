import MyBookings from "../../components/my-bookings";

export default <template><MyBookings @user={{@model}} /></template>
