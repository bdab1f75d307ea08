import type {
  IsoDate,
  Shift,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import type { RotaInput } from "discourse/plugins/discourse-volunteer-booking/discourse/lib/rota-grid";

/** A contract row's rota, as stats_coverage.json and gaps.json write it. */
export interface ContractRota {
  shifts: string[];
  rota: { shift: string; user_id: number; on_date: IsoDate | null }[];
  time_off: { user_id: number; starts_on: IsoDate; ends_on: IsoDate }[];
}

/** The row's rota as the rota endpoint sends it, its shifts named in `shifts`. */
export function contractRota(
  shifts: Record<string, Shift>,
  row: ContractRota
): RotaInput {
  return {
    shifts: row.shifts.map((name) => shifts[name]),
    rotaEntries: row.rota.map((entry, index) => ({
      id: index + 1,
      shift_id: shifts[entry.shift].id,
      on_date: entry.on_date,
      user: {
        id: entry.user_id,
        username: `user${entry.user_id}`,
        name: null,
        avatar_template: "",
      },
    })),
    rotaSkips: [],
    timeOff: row.time_off.map((entry, index) => ({
      id: index + 1,
      note: null,
      ...entry,
    })),
  };
}
