/**
 * Invisible at either end of a pasted or typed value and never meant:
 * Unicode's White_Space plus the zero-width characters that are not
 * White_Space (the byte-order mark among them). The server's Input::EDGE_SPACE.
 */
const EDGE_SPACE = "[\\s\\u0085\\u180E\\u200B\\u200C\\u200D\\u2060\\uFEFF]";
const EDGES = new RegExp(`^${EDGE_SPACE}+|${EDGE_SPACE}+$`, "gu");
/** Control characters but tab and line feed: they cannot be typed and only hide text. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu;

/**
 * Text as the server checks and stores it (Input.text): line ends as LF,
 * control characters but tab and LF removed, invisible space at either end
 * cut off. So an answer of only spaces is no answer on both sides.
 */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(CONTROL, "").replace(EDGES, "");
}

/** Length in characters as Ruby counts them (code points, not UTF-16 units). */
export function textLength(value: string): number {
  return Array.from(value).length;
}
