import FriendsSetup from "discourse/plugins/discourse-volunteer-booking/discourse/components/admin/friends-setup";

export default <template><FriendsSetup /></template>
