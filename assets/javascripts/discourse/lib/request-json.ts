import { ajax } from "discourse/lib/ajax";

/**
 * The plugin's one caller of `ajax`, behind its two API services (the
 * admin one lives in the admin bundle). Bodies go as JSON so lists of
 * objects (intake questions) keep their shape.
 */
export function requestJson<T>(
  url: string,
  type: string,
  body?: object
): Promise<T> {
  return ajax(url, {
    type,
    ...(body && {
      contentType: "application/json",
      data: JSON.stringify(body),
    }),
  }) as Promise<T>;
}
