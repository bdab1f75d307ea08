import { type AjaxCall, setAjaxHandler } from "../../stand-ins/ajax";
import type { FakeServer } from "./fake-server";

/**
 * Answers the ajax stand-in from an in-memory server in this page, and
 * rejects failures the way Discourse's `ajax` does: `{ jqXHR, … }`.
 */
export function connectAjax(
  server: FakeServer,
  userId: () => number | null
): void {
  setAjaxHandler((call: AjaxCall) => {
    const response = server.handle({
      method: call.type,
      url: call.url,
      body: typeof call.data === "string" ? JSON.parse(call.data) : call.data,
      userId: userId(),
    });
    // Copied so a component can never hold on to the server's own objects.
    const body = structuredClone(response.body);
    return response.status < 400
      ? Promise.resolve(body)
      : Promise.reject({
          jqXHR: { status: response.status, responseJSON: body },
          textStatus: "error",
          errorThrown: "",
        });
  });
}
