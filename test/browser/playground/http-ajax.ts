import { type AjaxCall, setAjaxHandler } from "../stand-ins/ajax";

let viewer = "";

/**
 * Reads one of the playground's own endpoints (chat channel, messages,
 * session) as the tab's viewer.
 */
export async function playgroundJson<T>(path: string): Promise<T> {
  const response = await fetch(path, {
    headers: { "x-playground-user": viewer },
  });
  return (await response.json()) as T;
}

/**
 * Sends the plugin's requests to the playground server as `username` (""
 * for a visitor), rejecting failures the way Discourse's `ajax` does:
 * `{ jqXHR, … }`.
 */
export function connectToPlaygroundServer(username: string) {
  viewer = username;
  setAjaxHandler(async (call: AjaxCall) => {
    const response = await fetch(call.url, {
      method: call.type,
      headers: {
        "content-type": "application/json",
        "x-playground-user": viewer,
      },
      body: typeof call.data === "string" ? call.data : undefined,
    });
    const body: unknown = await response.json();
    if (!response.ok) {
      throw {
        jqXHR: { status: response.status, responseJSON: body },
        textStatus: "error",
        errorThrown: response.statusText,
      };
    }
    return body;
  });
}
