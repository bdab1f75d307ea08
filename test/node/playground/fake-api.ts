import { demoData } from "../../browser/playground/api/demo-data.ts";
import { FakeServer } from "../../browser/playground/api/fake-server.ts";

/** A Monday in British Summer Time: the clock of the playground's node tests. */
export const NOW = new Date("2026-06-01T09:00:00Z");

/** The in-memory server with fresh demo data as of NOW; its clock stays at NOW unless a test moves it. */
export function server(clock: () => Date = () => NOW): FakeServer {
  return new FakeServer(demoData(NOW), clock);
}

/** Requests to `api` as the user `userId` (null: a visitor). */
export const as =
  (api: FakeServer, userId: number | null) =>
  (method: string, url: string, body?: unknown) =>
    api.handle({ method, url, body, userId });
