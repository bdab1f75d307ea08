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
