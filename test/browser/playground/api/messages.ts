/**
 * The server's refusals the in-memory API can give, in English. A node test
 * holds each to the same key in config/locales/server.en.yml.
 */
export const MESSAGES = {
  stats_range_reversed:
    "The first day of the range is after its last day. Please choose the dates again.",
  stats_range_too_long:
    "Stats cover at most %{max} days at a time. Please choose a shorter range.",
  not_allowed: "Sorry, you are not allowed to do that here.",
  chat_unavailable:
    "Chat is switched off on this site, so Friends cannot be given chat access. Please enable chat (the chat_enabled setting) and run the setup again.",
  plan_changed:
    "Something changed since this page showed the setup's plan (a booking topic's chat channel, a category's permissions or the group itself). Nothing was changed. Please review the new plan and run the setup again.",
  group_unknown:
    "One of the chosen groups is not one you can choose: it may be gone, or you cannot see it or its members. Please choose the groups again from the list.",
  group_automatic:
    "Everyone and the trust level groups cannot be volunteer or organiser groups: every user in them could read intake answers. Please choose a group whose members are added on purpose.",
  organiser_lockout:
    "With these settings you would no longer be an organiser of this topic, and could not change them back. Please keep an organiser group you are a member of, or ask staff to make this change.",
  channel_unknown:
    "The chosen chat channel is not one you can use: choose a category channel you can see and post in, from the list.",
  same_time:
    "The booking is already at that time. Pick another time to move it to.",
  friends_not_set_up:
    "The Friends group does not exist yet. Please run the Friends setup on the plugin's admin page first.",
  users_unknown:
    "These usernames were not found: %{usernames}. Please check them and try again.",
  shift_overlap:
    "This shift overlaps another shift of this topic (%{shift}). Please change its day or hours.",
  shift_end_before_start:
    "The shift must end after it starts, on the same day. Overnight shifts are not supported.",
  time_zone_unknown:
    "“%{zone}” is not a time zone we know. Please choose one from the list, such as Europe/London.",
  already_on_shift:
    "That volunteer is already on this shift, every week or on that date.",
  rota_full:
    "This topic's rota is full: it can hold at most %{max} entries that are not over yet. Please remove some before adding more.",
  not_a_volunteer:
    "%{username} is not in any of this topic's volunteer groups, so they cannot go on the rota.",
  on_date_wrong_weekday: "That date is not on the shift's day of the week.",
  on_date_past:
    "That date has already passed. Please choose a date from today on.",
  time_off_range_invalid: "Time off must end on or after the day it starts.",
  time_off_past:
    "That time off is already over. Please choose dates from today on.",
  time_off_too_long:
    "Time off can cover at most %{max} days. Please add a shorter range.",
  time_off_too_many:
    "You can have at most %{max} time off entries from today on. Please remove one before adding another.",
  time_off_too_many_days:
    "Your time off from today on can cover at most %{max} days in all, and %{left} are left. Please add a shorter range or remove some time off first.",
  questions_invalid:
    "The intake questions could not be read. Please enter them again.",
  questions_too_many:
    "You can ask at most %{max} intake questions. Please remove some.",
  question_invalid:
    "Question %{position} is not set up correctly. Please check whether it is required and save it again.",
  question_id_invalid:
    "Question %{position} needs an id of 1 to 40 lowercase letters, digits or underscores.",
  question_id_duplicate:
    "Question %{position} uses the id “%{id}”, which another question already has. Please give it a different id.",
  question_type_unknown:
    "Question %{position} has an unknown type “%{type}”. Please choose one of: %{types}.",
  question_label_invalid:
    "Question %{position} needs a label of 1 to %{max} characters.",
  question_link_invalid:
    "Question %{position} has a link that is not a web address. Please give one starting with https:// or http://, of at most %{max} characters, or leave it empty.",
  paused: "Bookings are paused for now. Please check back later.",
  trust_level_too_low:
    "Your account needs to reach trust level %{level} before you can book a chat. Reading and taking part in the forum for a little while will get you there.",
  too_soon:
    "That time is too close to now. Please pick a time at least %{minutes} minutes from now.",
  too_far:
    "That time is too far ahead. Please pick a time within the next %{days} days.",
  slot_unknown:
    "That time is not available any more. Please reload the page and pick another time.",
  already_booked_this_slot:
    "You have already booked this time. You can find it in your bookings.",
  limit_reached:
    "You already have the most upcoming bookings allowed here (%{limit}). Please cancel one, or wait until it has taken place, before booking another.",
  slot_full:
    "Sorry, that time has just been fully booked. Please pick another time.",
  answer_unknown:
    "The form sent an answer to a question that no longer exists (%{id}). Please reload the page and try again.",
  answer_invalid:
    "The answer to “%{question}” is not valid. Please check it and try again.",
  answer_missing: "Please answer “%{question}”.",
  acknowledgement_missing: "Please tick “%{question}” to continue.",
  answer_too_long:
    "Your answer to “%{question}” is too long. Please shorten it to %{max} characters or fewer.",
  booking_not_active:
    "This booking has already been cancelled or has taken place, so it can no longer be changed.",
  already_picked_up: "Already picked up by @%{username}.",
  outcome_too_early:
    "The session has not started yet. You can say whether it was held once it has started.",
  booking_started:
    "This booking has already started, so it can no longer be picked up, given back or handed over.",
  booking_started_for_booker:
    "This session has already started, so it can no longer be cancelled or moved.",
  booking_not_picked_up:
    "Nobody has picked up this booking, so it cannot be given back or handed over.",
  user_unknown:
    "There is no user called “%{username}”. Please check the username.",
  cannot_hand_over_to:
    "%{username} cannot take this booking: only the topic's volunteers can, and not for their own booking.",
  already_holds_it: "%{username} already has this booking.",
  cannot_pair_with:
    "This booking cannot go to %{username}. Please choose another volunteer.",
  kept_apart: "You cannot pick up this booking. Another volunteer will.",
  account_restricted: "Your account cannot take part in bookings right now.",
  feedback_not_possible:
    "You can say how it went once the volunteer has marked the session as held.",
  needs_approval: {
    one: "You missed %{count} booked chat here in the last %{days} days, so an organiser needs to clear your next booking. Please write to the organisers of this topic; once one of them has, you can book again.",
    other:
      "You missed %{count} booked chats here in the last %{days} days, so an organiser needs to clear your next booking. Please write to the organisers of this topic; once one of them has, you can book again.",
  },
  no_show_not_excusable:
    "Only a no-show that has not been excused yet can be excused.",
  outcome_not_possible:
    "Only a booking that a volunteer picked up can be marked held or no-show.",
  volunteer_busy:
    "%{username} already holds a session at %{time} that overlaps this one.",
  holds_most_sessions:
    "%{username} already holds %{max} upcoming sessions, the most one volunteer can. One of them must take place, or be given back, first.",
  topic_full:
    "This topic already has %{max} upcoming bookings, the most it can hold. Please try again once some have taken place.",
  bookings_in_the_way: {
    one: "1 upcoming booking falls outside this change. Cancel or move it first.",
    other:
      "%{count} upcoming bookings fall outside this change. Cancel or move them first.",
  },
  call_link_mode_unknown:
    "Please choose where the booker and the volunteer meet: a call link for each booking, the volunteer's own link, or the private message.",
  call_link_template_missing:
    "Please write the call link template, such as https://meet.jit.si/our-coop-{token}.",
  call_link_missing:
    "Please add the link to your video call, such as https://meet.jit.si/your-room, so the booker knows where to meet you.",
  call_link_too_long:
    "The call link is too long. Links can be at most %{max} characters, with the token in.",
  call_link_not_https:
    "The call link must start with https://, so that the call is encrypted.",
  call_link_host_invalid:
    "The call link needs its host written out in full after https://, such as meet.jit.si, with no placeholder in it.",
  call_link_userinfo:
    "The call link must not have a user name or password before its host (the part before an @), as it hides where the link really goes.",
  call_link_characters:
    "The call link can only hold the characters of a web address: no spaces, line breaks, quotes or braces (other than the placeholders {token} and {booking} in a template).",
  call_link_placeholder_unknown:
    "The call link template uses the placeholder {%{name}}, which we do not know. Use only {token} and {booking}.",
  call_link_not_per_booking:
    "Only a call link made for each booking from the topic's template can be drawn afresh. A volunteer's own link is changed on their volunteer page.",
  call_link_token_missing:
    "The call link template must contain {token}, so that each booking gets its own room that nobody can guess.",
  week_or_upcoming: "Show either one week or all upcoming bookings, not both.",
  skip_not_weekly:
    "Only someone on the shift every week can be taken off one of its dates. Remove their entry for that date instead.",
  skip_booking_held:
    "%{username} has picked up a booking on that date. Hand it over or release it first, then take them off the date.",
  call_link_needed:
    "This topic meets in each volunteer's own video call, and you have not saved a link to yours yet. Please add it on your volunteer page, or give it when you pick the booking up there, then try again.",
  shift_label: "%{weekday} %{starts_at}–%{ends_at}, %{time_zone}",
  deleted_user: "a deleted account",
  ics_description: "Booked in %{url}",
  request_windows_missing: "Add at least one time that would work for you.",
  request_windows_too_many: "You can suggest at most 3 times.",
  request_time_zone_invalid: "Choose a time zone from the list.",
  request_window_invalid:
    "Each suggested time needs a day or a date, and a start before its end.",
  request_window_too_short:
    "Each suggested time must be at least %{minutes} minutes long.",
  request_window_past: "One of the dates you suggested has passed.",
  request_window_beyond_horizon: "Suggest dates within the next %{days} days.",
  request_already_open:
    "You already have an open request here. Withdraw it to make a new one.",
  requests_disabled: "This topic does not take requests for other times.",
  request_taken: "%{username} has already offered a time for this request.",
  request_closed: "This request is no longer open.",
  request_time_outside_windows:
    "Choose a time inside one of the requested windows.",
  request_time_too_soon: "Choose a time at least %{minutes} minutes from now.",
  request_time_overlaps: "You already have a session at that time.",
  request_time_not_whole_minutes:
    "Choose a time on the minute, with no seconds.",
} as const;

export type MessageKey = keyof typeof MESSAGES;

/** A sentence of server.en.yml, plain or in English's two plural forms. */
export type Translation = string | { one: string; other: string };

/**
 * text with its `%{name}` placeholders filled, as Rails' I18n does; a
 * pluralised one picks its form by `count`, as English needs.
 */
export function interpolate(
  text: Translation,
  params: Record<string, string | number> = {}
): string {
  const form =
    typeof text === "string"
      ? text
      : params.count === 1
        ? text.one
        : text.other;
  return form.replace(/%\{(\w+)\}/g, (_, name: string) => String(params[name]));
}

/** The server's message for key, its placeholders filled. */
export function message(
  key: MessageKey,
  params: Record<string, string | number> = {}
): string {
  return interpolate(MESSAGES[key], params);
}
