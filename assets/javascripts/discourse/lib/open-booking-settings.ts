import { set } from "@ember/object";
import type ModalService from "discourse/services/modal";
import type { BookingTopic } from "./api-types";
import { onDemand } from "./on-demand";

const loadSettingsModal = onDemand(
  () => import("../components/modal/booking-settings")
);

/** A topic as the topic admin menu hands it over. */
export interface TopicWithBooking {
  id: number;
  volunteer_booking?: BookingTopic;
}

/**
 * Opens the booking settings for a topic and, once saved, puts the new
 * booking topic on the topic model itself: the panel, the admin menu and
 * any later render read it from there, so the rota appears without a reload.
 */
export async function openBookingSettings(
  modal: ModalService,
  topic: TopicWithBooking
): Promise<void> {
  const result = (await modal.show(await loadSettingsModal(), {
    model: { topicId: topic.id, bookingTopic: topic.volunteer_booking },
  })) as { bookingTopic: BookingTopic } | undefined;
  if (result) {
    set(topic, "volunteer_booking", result.bookingTopic);
  }
}

/** Staff may make any topic a booking topic; then its organisers manage it. */
export function canConfigure(
  topic: TopicWithBooking,
  viewer: { staff: boolean } | null
): boolean {
  return topic.volunteer_booking
    ? topic.volunteer_booking.permissions.can_configure
    : !!viewer?.staff;
}
