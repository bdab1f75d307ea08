import { trustHTML } from "@ember/template";
import type RealAvatar from "discourse/ui-kit/helpers/d-avatar";

const SIZES: Record<string, number> = { tiny: 20, small: 24, medium: 48 };

/** Discourse's avatar `<img>`, sized by `imageSize`. */
const dAvatar: typeof RealAvatar = (
  user: { avatar_template: string; username: string },
  params: { imageSize?: string } = {}
) => {
  const size = SIZES[params.imageSize ?? "small"] ?? 24;
  const src = user.avatar_template.replace("{size}", String(size));
  return trustHTML(
    `<img class="avatar" width="${size}" height="${size}" src="${src}" alt="" title="${user.username}" loading="lazy">`
  );
};

export default dAvatar;
