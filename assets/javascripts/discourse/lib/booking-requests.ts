import type { BookingRequest } from "./api-types";
import type { Translate } from "./request-windows";

/** Who asks, as every list of requests names them: the username, or a stand-in once the account is gone. */
export function requesterName(
  request: Pick<BookingRequest, "requester">,
  i18n: Translate
): string {
  return (
    request.requester?.username ??
    i18n("volunteer_booking.requests.held.deleted")
  );
}
