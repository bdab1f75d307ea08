/** App event carrying a `BookingTopic` after an organiser saved its settings. */
export const BOOKING_TOPIC_UPDATED = "volunteer-booking:booking-topic-updated";
