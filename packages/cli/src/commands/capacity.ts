import { type CapacityCell, capacityPlan, type LoadPeriodLength } from "@keel/engine";
import { isLocalDate } from "@keel/model";
import { analyse } from "../analyse.js";
import { ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";
import { diagnosticLine } from "../render/diagnostic-line.js";
import { textTable } from "../render/text-table.js";
import { UsageError } from "../usage-error.js";

export const CAPACITY_FORMATS = ["table", "json"] as const;

export interface CapacityFlags {
  readonly by: LoadPeriodLength;
  readonly format: (typeof CAPACITY_FORMATS)[number];
  readonly focus?: string;
  readonly from?: string;
  readonly to?: string;
}

/** A heat-map cell: utilisation in percent, marked when over capacity. */
function heat(c: CapacityCell): string {
  if (c.availableHours === 0) return c.demandHours > 0 ? "off!" : "off";
  const u = Math.round((c.utilisation ?? 0) * 100);
  return u > 100 ? `${u}!` : String(u);
}

function date(flag: string, value: string | undefined): string | undefined {
  if (value !== undefined && !isLocalDate(value))
    throw new UsageError(`${flag} expects a date YYYY-MM-DD, got "${value}"`);
  return value;
}

/** `keel capacity`: available hours against demand per person and week, as a utilisation heat map. */
export async function capacity(file: string, flags: CapacityFlags, output: Output): Promise<ExitCode> {
  const focus =
    flags.focus === undefined
      ? 1
      : Number(flags.focus.replace(/%$/, "")) / (flags.focus.endsWith("%") ? 100 : 1);
  if (!(focus > 0 && focus <= 1)) {
    throw new UsageError(`--focus expects a share of time from 0 to 1 (or 1% to 100%), got "${flags.focus}"`);
  }
  const from = date("--from", flags.from);
  const to = date("--to", flags.to);
  const result = await analyse(file);
  if (!result.ok) {
    for (const d of result.diagnostics) output.err(diagnosticLine(d));
    return ExitCode.planFailed;
  }
  const plan = capacityPlan(result.plan, result.schedule, {
    by: flags.by,
    focus,
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  });
  if (flags.format === "json") {
    output.out(`${JSON.stringify(plan, null, 2)}\n`);
    return ExitCode.ok;
  }
  if (plan.rows.length === 0) {
    output.out("The plan has no work resources; add `resources:` and `assign:` (see docs/resources.md).\n");
    return ExitCode.ok;
  }
  const label = (start: string) => start.slice(5);
  output.out(
    `Utilisation in % of available hours per ${flags.by} (focus factor ${Math.round(focus * 100)} %; ! over capacity)\n\n`,
  );
  output.out(
    textTable(
      [
        { header: "person" },
        ...plan.periods.map((p) => ({ header: label(p), align: "right" as const })),
        { header: "avail h", align: "right" },
        { header: "demand h", align: "right" },
      ],
      [
        ...plan.rows.map((r) => [
          r.name,
          ...r.cells.map(heat),
          String(r.availableHours),
          String(r.demandHours),
        ]),
        [
          "team",
          ...plan.team.map(heat),
          String(plan.rows.reduce((s, r) => s + r.availableHours, 0).toFixed(0)),
          String(plan.rows.reduce((s, r) => s + r.demandHours, 0).toFixed(0)),
        ],
      ],
    ),
  );
  const list = (xs: readonly string[]) => (xs.length === 0 ? "none" : xs.join(", "));
  output.out(`\nOver capacity: ${list(plan.over)}\nUnder half used: ${list(plan.under)}\n`);
  return ExitCode.ok;
}
