/** A run of plain text, or a web link with the text it shows. */
export type TextPart =
  | { text: string; url?: undefined }
  | { text: string; url: string };

// Up to the next space or character that cannot end a link in prose.
const CANDIDATE = /\bhttps?:\/\/[^\s<>"']+/gi;
// "See https://example.org." ends its link before the full stop.
const TRAILING = /[.,;:!?)\]}]+$/;

/** The URL when `text` is an http(s) link a browser can open, else null. */
export function webUrl(text: string): string | null {
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:"
      ? url.href
      : null;
  } catch {
    return null;
  }
}

/**
 * Splits an organiser's plain text (a pause message) into text and links.
 * Only http(s) links become links; everything else stays text, so the
 * template renders it escaped and no markup in the message ever runs.
 */
export function linkedText(message: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of message.matchAll(CANDIDATE)) {
    const raw = match[0].replace(TRAILING, "");
    const url = webUrl(raw);
    if (!url) {
      continue;
    }
    const start = match.index;
    if (start > last) {
      parts.push({ text: message.slice(last, start) });
    }
    parts.push({ text: raw, url });
    last = start + raw.length;
  }
  if (last < message.length) {
    parts.push({ text: message.slice(last) });
  }
  return parts;
}
