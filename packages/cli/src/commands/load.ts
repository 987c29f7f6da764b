import { type LoadPeriodLength, resourceLoad } from "@keel/engine";
import { analyse } from "../analyse.js";
import { ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";
import { diagnosticLine } from "../render/diagnostic-line.js";
import { textTable } from "../render/text-table.js";

export const LOAD_FORMATS = ["table", "json"] as const;

export interface LoadFlags {
  readonly by: LoadPeriodLength;
  readonly format: (typeof LOAD_FORMATS)[number];
}

const percent = (units: number) => `${Math.round(units * 100)} %`;

/** `keel load`: demand against capacity per resource, and the over-allocated days with their tasks. */
export async function load(file: string, flags: LoadFlags, output: Output): Promise<ExitCode> {
  const result = await analyse(file);
  if (!result.ok) {
    for (const d of result.diagnostics) output.err(diagnosticLine(d));
    return ExitCode.planFailed;
  }
  const report = resourceLoad(result.plan, result.schedule, { by: flags.by });
  if (flags.format === "json") {
    output.out(`${JSON.stringify(report, null, 2)}\n`);
    return ExitCode.ok;
  }
  if (report.resources.length === 0) {
    output.out("The plan has no work resources; add `resources:` and `assign:` (see docs/resources.md).\n");
    return ExitCode.ok;
  }
  output.out(
    textTable(
      [
        { header: "resource" },
        { header: "max", align: "right" },
        { header: "capacity h", align: "right" },
        { header: "demand h", align: "right" },
        { header: "use", align: "right" },
        { header: `over-allocated ${flags.by}s`, align: "right" },
      ],
      report.resources.map((r) => [
        r.id,
        percent(r.maxUnits),
        String(r.capacityHours),
        String(r.demandHours),
        r.capacityHours > 0 ? percent(r.demandHours / r.capacityHours) : "-",
        String(r.periods.filter((p) => p.overAllocated).length),
      ]),
    ),
  );
  if (report.overAllocations.length === 0) {
    output.out("\nNo over-allocations.\n");
    return ExitCode.ok;
  }
  output.out(`\nOver-allocations (${report.overAllocations.length}):\n`);
  output.out(
    textTable(
      [
        { header: "resource" },
        { header: "from" },
        { header: "to" },
        { header: "peak", align: "right" },
        { header: "excess h", align: "right" },
        { header: "tasks" },
      ],
      report.overAllocations.map((o) => [
        o.resource,
        o.from,
        o.to,
        percent(o.peakUnits),
        String(o.excessHours),
        o.tasks.join(", "),
      ]),
    ),
  );
  output.out("\nRun `keel level` to resolve them.\n");
  return ExitCode.ok;
}
