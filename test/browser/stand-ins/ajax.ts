import type { ajax as RealAjax } from "discourse/lib/ajax";

/** What the plugin asked of the server. */
export interface AjaxCall {
  url: string;
  type: string;
  data: unknown;
  contentType?: string;
}

/** Answers one request, as the server would: resolve with JSON or reject. */
export type AjaxHandler = (call: AjaxCall) => Promise<unknown>;

export const ajaxCalls: AjaxCall[] = [];

const unanswered: AjaxHandler = (call) =>
  Promise.reject(new Error(`No ajax handler for ${call.type} ${call.url}`));

let handler: AjaxHandler = unanswered;

/** The handler answering now, for a test that wraps it. */
export function ajaxHandler(): AjaxHandler {
  return handler;
}

export function setAjaxHandler(next: AjaxHandler): void {
  handler = next;
}

export function resetAjax(): void {
  ajaxCalls.length = 0;
  handler = unanswered;
}

export const ajax: typeof RealAjax = (
  url: string,
  options: { type?: string; data?: unknown; contentType?: string } = {}
) => {
  const call = {
    url,
    type: options.type ?? "GET",
    data: options.data,
    contentType: options.contentType,
  };
  ajaxCalls.push(call);
  return handler(call);
};
