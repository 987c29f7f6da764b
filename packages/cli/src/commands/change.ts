import { changeImpact, type ScheduledChange } from "@keel/engine";
import { analyse } from "../analyse.js";
import { ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";
import { diagnosticLine } from "../render/diagnostic-line.js";
import { textTable } from "../render/text-table.js";

export const CHANGE_FORMATS = ["table", "json"] as const;

export interface ChangeFlags {
  /** Iterations of each side's forecast for the P80 move; 0 for none. */
  readonly iterations?: string | undefined;
  readonly format: (typeof CHANGE_FORMATS)[number];
}

const when = (iso: string) => iso.slice(0, 16).replace("T", " ");
const signed = (n: number, unit: string) => `${n > 0 ? "+" : ""}${n} ${unit}`;
const money = (n: number) =>
  n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function impactTable(id: string, name: string, impact: ScheduledChange): string {
  const parts = [`Impact of ${id} (${name})\n`];
  const rows = [
    [
      "finish",
      when(impact.finish.before),
      when(impact.finish.after),
      signed(impact.finish.days, "working days"),
    ],
  ];
  if (impact.p80 !== undefined) {
    rows.push([
      "P80 finish",
      when(impact.p80.before),
      when(impact.p80.after),
      signed(impact.p80.days, "working days"),
    ]);
  }
  rows.push([
    "cost",
    money(impact.cost.before),
    money(impact.cost.after),
    `${impact.cost.delta > 0 ? "+" : ""}${money(impact.cost.delta)}`,
  ]);
  parts.push(
    textTable([{ header: "" }, { header: "before" }, { header: "after" }, { header: "change" }], rows),
  );
  const { added, removed } = impact.criticalPath;
  parts.push(
    `\nCritical path: ${added.length === 0 && removed.length === 0 ? "unchanged" : `${added.length > 0 ? `joins ${added.join(", ")}` : ""}${added.length > 0 && removed.length > 0 ? "; " : ""}${removed.length > 0 ? `leaves ${removed.join(", ")}` : ""}`}\n`,
  );
  if (impact.milestones.length > 0) {
    parts.push("\nMilestones\n");
    parts.push(
      textTable(
        [{ header: "id" }, { header: "before" }, { header: "after" }, { header: "change", align: "right" }],
        impact.milestones.map((m) => [
          m.id,
          m.before === undefined ? "(new)" : when(m.before),
          m.after === undefined ? "(removed)" : when(m.after),
          signed(m.days, "d"),
        ]),
      ),
    );
  }
  const missed = impact.deadlines.filter((d) => d.missedAfter && !d.missedBefore);
  if (missed.length > 0)
    parts.push(`\nDeadlines newly missed: ${missed.map((d) => `${d.id} (${d.deadline})`).join(", ")}\n`);
  if (impact.overAllocations.length > 0) {
    parts.push(
      `\nNew over-allocations: ${impact.overAllocations.map((o) => `${o.resource} ${o.from}…${o.to}`).join(", ")}\n`,
    );
  }
  return parts.join("");
}

/**
 * `keel change`: what a change request in the plan's `changes:` would do to the dates, P80, cost
 * and critical path, computed by scheduling its fork. Changes nothing.
 */
export async function change(
  file: string,
  id: string,
  flags: ChangeFlags,
  output: Output,
): Promise<ExitCode> {
  const iterations = flags.iterations === undefined ? 2000 : Number(flags.iterations);
  if (!/^\d+$/.test(flags.iterations ?? "0") || iterations > 1_000_000) {
    output.err(
      `keel change: --iterations expects a whole number from 0 to 1000000, not "${flags.iterations}"\n`,
    );
    return ExitCode.usage;
  }
  const result = await analyse(file);
  if (!result.ok) {
    for (const d of result.diagnostics) output.err(diagnosticLine(d));
    return ExitCode.planFailed;
  }
  const request = result.plan.changes?.find((c) => c.id === id);
  if (request === undefined) {
    const known = (result.plan.changes ?? []).map((c) => c.id);
    output.err(
      `${file}: no change request "${id}"; ${known.length === 0 ? "the plan has no `changes:`" : `it has ${known.join(", ")}`}\n`,
    );
    return ExitCode.usage;
  }
  const impact = changeImpact(
    result.plan,
    request.edits,
    iterations > 0 ? { forecast: { iterations, seed: 1 } } : {},
  );
  for (const s of impact.stale)
    output.err(`${file}: ${id}: ${s.message}; it is left out (re-base the request)\n`);
  if (!impact.schedulable) {
    for (const d of result.locate(impact.problems)) output.err(diagnosticLine(d));
    output.err(`${file}: ${id}: the plan with these edits cannot be scheduled\n`);
    return ExitCode.planFailed;
  }
  output.out(
    flags.format === "json" ? `${JSON.stringify(impact, null, 2)}\n` : impactTable(id, request.name, impact),
  );
  return ExitCode.ok;
}
