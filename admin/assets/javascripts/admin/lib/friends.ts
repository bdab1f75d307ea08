/** A group as Discourse's AdminUser model lists a user's groups. */
export interface UserGroup {
  id: number;
  name: string;
  automatic?: boolean;
}

/** Whether `groups` includes the group called `name` (names ignore case). */
export function inGroupNamed(
  groups: readonly UserGroup[] | null | undefined,
  name: string
): boolean {
  const wanted = name.toLowerCase();
  return (groups ?? []).some((group) => group.name.toLowerCase() === wanted);
}

/**
 * `items` with the one of `id` in it or not, the others in their order;
 * an item added goes last, as Discourse's AdminUser#groupAdded puts it.
 */
export function withMember<T>(
  items: readonly T[],
  id: number,
  member: T | null,
  idOf: (item: T) => number
): T[] {
  const others = items.filter((item) => idOf(item) !== id);
  return member === null ? others : [...others, member];
}
