/** What Pairing reads of a person (app/services/volunteer_booking/pairing.rb). */
export interface PairingUser {
  id: number;
  /** Silenced or suspended by staff. */
  restricted?: boolean;
  /** Whom they ignore or mute (Discourse's IgnoredUser and MutedUser). */
  kept_away_ids?: number[];
}

/** Pairing.restricted?: nobody silenced or suspended is put in a session. */
export function restricted(user: PairingUser | null | undefined): boolean {
  return !user || user.restricted === true;
}

/** Pairing.apart?: either of the two ignores or mutes the other. */
export function apart(
  user: PairingUser | null | undefined,
  other: PairingUser | null | undefined
): boolean {
  if (!user || !other || user.id === other.id) {
    return false;
  }
  return (
    (user.kept_away_ids ?? []).includes(other.id) ||
    (other.kept_away_ids ?? []).includes(user.id)
  );
}
