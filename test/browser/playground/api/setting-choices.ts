import { Policy, type PolicyUser } from "./policy";

/**
 * Everyone and the trust level groups, as Discourse numbers them
 * (Group::AUTO_GROUPS[:everyone] and Group.trust_group_ids, 10 to 19).
 */
export const AUTOMATIC_GROUP_IDS = [0, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19];

export type SettingChoiceError =
  | "group_automatic"
  | "group_unknown"
  | "channel_unknown"
  | "organiser_lockout";

/**
 * VolunteerBooking::SettingChoices (lib/volunteer_booking/setting_choices.rb),
 * rule for rule, held to the cases of contract/setting_choices.json: groups
 * and a channel already stored may be kept, automatic groups never.
 */
export function checkGroups(
  requested: number[],
  stored: number[],
  choosable: number[],
  automatic: number[] = AUTOMATIC_GROUP_IDS
): SettingChoiceError | null {
  if (requested.some((id) => automatic.includes(id))) {
    return "group_automatic";
  }
  if (requested.some((id) => !stored.includes(id) && !choosable.includes(id))) {
    return "group_unknown";
  }
  return null;
}

export function checkChatChannel(
  requested: number | null,
  stored: number | null,
  choosable: number[]
): SettingChoiceError | null {
  return requested === null ||
    requested === stored ||
    choosable.includes(requested)
    ? null
    : "channel_unknown";
}

/** Whoever saves must still be an organiser under the new settings. */
export function checkOrganiserKept(
  user: PolicyUser,
  organiserGroupId: number | null,
  now: Date
): SettingChoiceError | null {
  const policy = new Policy(
    user,
    { organiser_group_id: organiserGroupId },
    now
  );
  return policy.organiser() ? null : "organiser_lockout";
}
