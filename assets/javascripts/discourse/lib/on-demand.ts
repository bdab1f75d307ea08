import { waitForPromise } from "@ember/test-waiters";

/**
 * A loader for a module kept out of the bundle every visitor downloads
 * (the plugin opts into Discourse's `staticModules`): the module is imported
 * on first use, once, and tests wait for the import. A failed import is
 * tried again on the next use.
 */
export function onDemand<T>(
  load: () => Promise<{ default: T }>
): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= waitForPromise(load().then((module) => module.default)).catch(
      (error: unknown) => {
        loading = null;
        throw error;
      }
    );
    return loading;
  };
}
