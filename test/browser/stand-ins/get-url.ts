import type RealGetURL from "discourse/lib/get-url";

/** Discourse prefixes subfolder installs; the test app has none. */
const getURL: typeof RealGetURL = (url: string) => url;

export default getURL;
