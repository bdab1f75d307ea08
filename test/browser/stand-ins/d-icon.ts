import { trustHTML } from "@ember/template";
import type RealIcon from "discourse/ui-kit/helpers/d-icon";
import { ICONS } from "./icons";

/**
 * Discourse's icon markup (an SVG hidden from screen readers), drawn here
 * from the path itself rather than a `<use>` of the sprite; an icon with no
 * drawing shows a question mark, as Discourse's does for one not in its
 * sprite.
 */
const dIcon: typeof RealIcon = (id: string) => {
  const [width, path] = ICONS[id] ?? ICONS["circle-question"];
  return trustHTML(
    `<svg class="fa d-icon d-icon-${id} svg-icon svg-string" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} 512"><path d="${path}"/></svg>`
  );
};

export default dIcon;
