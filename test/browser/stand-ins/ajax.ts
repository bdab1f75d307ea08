import type { ajax as RealAjax } from "discourse/lib/ajax";

/** What the plugin asked of the server. */
export interface AjaxCall {
  url: string;
  type: string;
  data: unknown;
}

/** Answers one request, as the server would: resolve with JSON or reject. */
export type AjaxHandler = (call: AjaxCall) => Promise<unknown>;

export const ajaxCalls: AjaxCall[] = [];

let handler: AjaxHandler = (call) =>
  Promise.reject(new Error(`No ajax handler for ${call.type} ${call.url}`));

export function setAjaxHandler(next: AjaxHandler): void {
  handler = next;
}

export function resetAjax(): void {
  ajaxCalls.length = 0;
  handler = (call) =>
    Promise.reject(new Error(`No ajax handler for ${call.type} ${call.url}`));
}

export const ajax: typeof RealAjax = (
  url: string,
  options: { type?: string; data?: unknown } = {}
) => {
  const call = { url, type: options.type ?? "GET", data: options.data };
  ajaxCalls.push(call);
  return handler(call);
};
