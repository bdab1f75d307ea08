/**
 * A fresh key for one booking attempt: the form keeps it while it is open,
 * so a double click or a retry after a lost answer books only once.
 */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
