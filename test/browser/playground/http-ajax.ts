import { type AjaxCall, setAjaxHandler } from "../stand-ins/ajax";

/**
 * Sends the plugin's requests to the playground server as the chosen user,
 * rejecting failures the way Discourse's `ajax` does: `{ jqXHR, … }`.
 */
export function connectToPlaygroundServer(username: () => string | null) {
  setAjaxHandler(async (call: AjaxCall) => {
    const response = await fetch(call.url, {
      method: call.type,
      headers: {
        "content-type": "application/json",
        "x-playground-user": username() ?? "",
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
