import { apiInitializer } from "discourse/lib/api";
import type { PluginApi } from "discourse/lib/plugin-api";
import type ModalService from "discourse/services/modal";
import BookingTopicConnector from "../components/booking-topic-connector";
import MyBookingsNavItem from "../components/my-bookings-nav-item";
import FeedbackInMessage from "../components/seams/feedback-in-message";
import {
  canConfigure,
  openBookingSettings,
  type TopicWithBooking,
} from "../lib/open-booking-settings";
import type { Viewer } from "../lib/viewer";

/** What decorateCookedElement's helper offers (DecorateHtmlHelper). */
interface DecorateHelper {
  renderGlimmer(element: Element, component: unknown, data: unknown): void;
}

/** Icons of the plugin's custom notifications, by the kind the server sends. */
const NOTIFICATION_ICONS = {
  reminder: "calendar-days",
  picked_up: "calendar-check",
  handed_over: "right-left",
  still_pending: "hourglass-half",
  expired: "calendar-xmark",
  cancelled: "calendar-xmark",
  call_link_changed: "video",
  outcome_reminder: "clipboard-check",
  gaps: "user-plus",
};

export default apiInitializer((api: PluginApi) => {
  const siteSettings = api.container.lookup("service:site-settings") as {
    volunteer_booking_enabled: boolean;
  };
  if (!siteSettings.volunteer_booking_enabled) {
    return;
  }

  api.renderAfterWrapperOutlet(
    "post-content-cooked-html",
    BookingTopicConnector
  );

  api.renderInOutlet("user-activity-bottom", MyBookingsNavItem);

  // The follow-up post's placeholder ([wrap] BBCode, FollowUpMessage) becomes
  // "How did it go?" for its booker; anyone else reading the private message
  // sees nothing there.
  api.decorateCookedElement(
    (element: HTMLElement, helper: DecorateHelper) => {
      const viewer = api.getCurrentUser() as Viewer | null;
      element
        .querySelectorAll<HTMLElement>(
          '.d-wrap[data-wrap="volunteer-booking-feedback"]'
        )
        .forEach((placeholder) => {
          if (viewer && Number(placeholder.dataset.booker) === viewer.id) {
            helper.renderGlimmer(placeholder, FeedbackInMessage, {
              bookingId: Number(placeholder.dataset.booking),
            });
          }
        });
    },
    { onlyStream: true }
  );

  for (const [kind, icon] of Object.entries(NOTIFICATION_ICONS)) {
    api.replaceIcon(
      `notification.volunteer_booking.notifications.${kind}`,
      icon
    );
  }

  api.addTopicAdminMenuButton((topic: TopicWithBooking) => {
    if (!canConfigure(topic, api.getCurrentUser() as Viewer | null)) {
      return;
    }
    return {
      icon: "calendar-days",
      className: "topic-admin-volunteer-booking-settings",
      label: topic.volunteer_booking
        ? "volunteer_booking.topic_admin.settings"
        : "volunteer_booking.topic_admin.make_booking_topic",
      action: () =>
        openBookingSettings(
          api.container.lookup("service:modal") as ModalService,
          topic
        ),
    };
  });
});
