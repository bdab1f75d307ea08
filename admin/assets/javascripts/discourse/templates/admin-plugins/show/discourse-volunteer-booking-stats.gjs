import TopicStats from "discourse/plugins/discourse-volunteer-booking/discourse/components/seams/topic-stats";

export default <template><TopicStats @topicId={{null}} /></template>
