import { trustHTML } from "@ember/template";
import type RealIcon from "discourse/ui-kit/helpers/d-icon";

/** Stand-ins for Discourse's SVG sprite: a glyph per icon the plugin uses. */
const GLYPHS: Record<string, string> = {
  "arrow-down": "↓",
  "arrow-up": "↑",
  "calendar-days": "📅",
  check: "✓",
  "chevron-left": "‹",
  "chevron-right": "›",
  gear: "⚙",
  pencil: "✎",
  plane: "✈",
  plus: "+",
  "trash-can": "🗑",
  "triangle-exclamation": "⚠",
  "user-minus": "−",
  "user-plus": "+",
  users: "👥",
  xmark: "×",
};

/** Discourse's icon markup, hidden from screen readers as there. */
const dIcon: typeof RealIcon = (id: string) =>
  trustHTML(
    `<span class="d-icon d-icon-${id}" aria-hidden="true">${GLYPHS[id] ?? "•"}</span>`
  );

export default dIcon;
