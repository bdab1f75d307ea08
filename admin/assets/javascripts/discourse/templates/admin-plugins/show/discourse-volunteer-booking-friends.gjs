import FriendsSetup from "discourse/plugins/discourse-volunteer-booking/admin/components/friends-setup";

export default <template><FriendsSetup /></template>
