import type RealGetURL from "discourse/lib/get-url";
import { withViewer } from "./view";

let viewer = "";

/** Names the tab's viewer for the links getURL makes from now on. */
export function setLinkViewer(as: string): void {
  viewer = as;
}

/**
 * Discourse's getURL prefixes a subfolder install; the playground has
 * none, and adds the tab's viewer instead, so that the plugin's plain links
 * (downloads the server answers as that person, pages it redirects to a
 * screen) work for the person this tab views as, whoever other tabs view as.
 */
const getURL: typeof RealGetURL = (url: string) => withViewer(url, viewer);

export default getURL;
