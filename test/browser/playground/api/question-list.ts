import type { IntakeQuestion } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import {
  cleanText,
  textLength,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/clean-text";
import { QUESTION_ID } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/intake-questions";
import { LIMITS } from "./limits";
import { message } from "./messages";

const QUESTION_TYPES = ["text", "textarea", "checkbox"];
// What Ruby reads as true, false or "not said": anything else is refused.
const REQUIRED_FLAGS: unknown[] = [true, false, null, undefined];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** IntakeQuestions#link_ok?: blank, or an http(s) URL with a host. */
function linkOk(link: unknown): boolean {
  if (link === undefined || link === null || link === "") {
    return true;
  }
  if (typeof link !== "string") {
    return false;
  }
  const trimmed = link.trim();
  if (trimmed.length > LIMITS.lengths.question_link || /\s/.test(trimmed)) {
    return false;
  }
  try {
    const url = new URL(trimmed);
    return (
      (url.protocol === "https:" || url.protocol === "http:") &&
      url.hostname !== ""
    );
  } catch {
    return false;
  }
}

/**
 * IntakeQuestions' check of an organiser's question list, in its order:
 * the first problem, or null. Run against contract/intake_questions.json.
 */
export function questionError(questions: unknown): string | null {
  if (!Array.isArray(questions)) {
    return message("questions_invalid");
  }
  const maxQuestions = LIMITS.counts.questions;
  if (questions.length > maxQuestions) {
    return message("questions_too_many", { max: maxQuestions });
  }
  const ids = new Set<string>();
  for (const [index, entry] of questions.entries()) {
    const position = index + 1;
    if (!isRecord(entry)) {
      return message("question_invalid", { position });
    }
    const { id, type, label, required } = entry;
    if (typeof id !== "string" || !QUESTION_ID.test(id)) {
      return message("question_id_invalid", { position });
    }
    if (ids.has(id)) {
      return message("question_id_duplicate", { position, id });
    }
    ids.add(id);
    if (typeof type !== "string" || !QUESTION_TYPES.includes(type)) {
      return message("question_type_unknown", {
        position,
        // Ruby's to_s: a missing type reads as "".
        type: String(type ?? ""),
        types: QUESTION_TYPES.join(", "),
      });
    }
    const max = LIMITS.lengths.question_label;
    const length = typeof label === "string" ? textLength(cleanText(label)) : 0;
    if (length < 1 || length > max) {
      return message("question_label_invalid", { position, max });
    }
    if (!REQUIRED_FLAGS.includes(required)) {
      return message("question_invalid", { position });
    }
    if (!linkOk(entry.link)) {
      return message("question_link_invalid", {
        position,
        max: LIMITS.lengths.question_link,
      });
    }
  }
  return null;
}

/**
 * ConfigureBookingTopic#stored_questions, for a list questionError passed:
 * labels cleaned, required a real boolean, a blank link none.
 */
export function storedQuestions(questions: IntakeQuestion[]): IntakeQuestion[] {
  return questions.map((question) => ({
    id: question.id,
    label: cleanText(question.label),
    type: question.type,
    required: question.required === true,
    link: question.link?.trim() || null,
  }));
}
