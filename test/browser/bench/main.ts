// One page for every benchmark: `?bench=rota` picks the rota, the slot
// picker otherwise.
import { run as rota } from "./rota";
import { run as slots } from "./slots";

void (new URLSearchParams(location.search).get("bench") === "rota"
  ? rota()
  : slots());
