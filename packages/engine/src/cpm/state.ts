import type { Network } from "../network/network.js";

/** The CPM results for every node, in wall minutes (dates) and working minutes (floats). */
export interface CpmState {
  readonly es: Float64Array;
  readonly ef: Float64Array;
  readonly ls: Float64Array;
  readonly lf: Float64Array;
  /** Late-start bound a summary's CLOSE node passes to its children (from SS/SF links out of the summary). */
  readonly lsb: Float64Array;
  /** Scheduled dates: the early dates, or for ALAP tasks the latest that delays nothing. */
  readonly ss: Float64Array;
  readonly sf: Float64Array;
  readonly tf: Float64Array;
  readonly ff: Float64Array;
  projectFinish: number;
}

export function createState(net: Network): CpmState {
  const n = net.nodeCount;
  return {
    es: new Float64Array(n),
    ef: new Float64Array(n),
    ls: new Float64Array(n),
    lf: new Float64Array(n),
    lsb: new Float64Array(n),
    ss: new Float64Array(n),
    sf: new Float64Array(n),
    tf: new Float64Array(n),
    ff: new Float64Array(n),
    projectFinish: net.projectStart,
  };
}
