/** The signed-in user as the plugin's components read it from `currentUser`. */
export interface Viewer {
  id: number;
  username: string;
  staff: boolean;
  user_option?: { timezone?: string | null } | null;
}

/** The viewer's IANA zone: their profile setting, else the browser's. */
export function viewerTimeZone(viewer: Viewer | null | undefined): string {
  return (
    viewer?.user_option?.timezone ||
    Intl.DateTimeFormat().resolvedOptions().timeZone
  );
}

/** The page's language for `Intl`, as Discourse sets it on `<html lang>`. */
export function viewerLocale(): string {
  return document.documentElement.lang || navigator.language || "en";
}
