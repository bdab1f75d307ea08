import VolunteerPage from "../components/volunteer-page";

export default <template><VolunteerPage /></template>
