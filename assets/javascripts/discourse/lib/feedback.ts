import type { FeedbackAnswer } from "./api-types";

/**
 * The answers to "How did it go?", in the order they are offered: the
 * server's VolunteerBooking::FollowUp::ANSWERS.
 */
export const FEEDBACK_ANSWERS: readonly FeedbackAnswer[] = [
  "helpful",
  "somewhat",
  "not_really",
];
