/**
 * The messages in a failed request, as Discourse's `ajax` rejects:
 * `{ jqXHR: { responseJSON: { errors: [...] } } }` for JSON errors,
 * `{ jqXHR: { status } }` otherwise. The server's messages are already
 * translated; `fallback` covers network failures and unexpected shapes.
 */
export function errorMessages(error: unknown, fallback: string): string[] {
  const body = (error as { jqXHR?: { responseJSON?: unknown } } | null)?.jqXHR
    ?.responseJSON as { errors?: unknown; error?: unknown } | undefined;

  if (Array.isArray(body?.errors)) {
    const messages = body.errors.filter(
      (message): message is string => typeof message === "string"
    );
    if (messages.length > 0) {
      return messages;
    }
  }
  if (typeof body?.error === "string") {
    return [body.error];
  }
  return [fallback];
}
