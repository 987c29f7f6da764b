import {
  exposure,
  exposureBand,
  type HeatMap,
  heatMap,
  residualScore,
  riskScales,
  staleItems,
} from "@keel/engine";
import { isLocalDate, type LocalDate, type Plan, type RiskScales } from "@keel/model";
import { analyse } from "../analyse.js";
import { ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";
import { diagnosticLine } from "../render/diagnostic-line.js";
import { textTable } from "../render/text-table.js";

export const RAID_FORMATS = ["table", "json"] as const;

export interface RaidFlags {
  /** The day stale items are judged on; today by default. */
  readonly today?: string | undefined;
  readonly format: (typeof RAID_FORMATS)[number];
}

/** The register as data: what the JSON output holds and the table shows. */
function raidReport(plan: Plan, today: LocalDate) {
  const scales = riskScales(plan);
  const risks = plan.risks ?? [];
  return {
    scales,
    risks: risks.map((r) => {
      const before = exposure(r);
      const after = exposure(residualScore(r));
      return { ...r, exposure: before, band: exposureBand(before, scales), residualExposure: after };
    }),
    heatMap: { before: heatMap(risks, scales, "before"), after: heatMap(risks, scales, "after") },
    assumptions: plan.assumptions ?? [],
    issues: plan.issues ?? [],
    dependencies: (plan.dependencies ?? []).map((d) => ({
      ...d,
      late: d.status === "waiting" && d.expected !== undefined && d.expected > d.needed,
    })),
    stale: staleItems(plan, today),
  };
}

/** A probability × impact grid in text: counts of open threats, highest probability on top. */
function heatText(map: HeatMap, scales: RiskScales, title: string): string {
  const lines = [`${title}\n`];
  for (const row of map.rows) {
    const p = row[0]?.probability ?? 0;
    const label = (scales.probability[p - 1]?.label ?? "").padEnd(15);
    const cells = row.map((c) => (c.risks.length === 0 ? "." : String(c.risks.length)).padStart(3)).join("");
    lines.push(`  ${p} ${label}${cells}\n`);
  }
  lines.push(
    `  ${" ".repeat(17)}${scales.impact.map((_, i) => String(i + 1).padStart(3)).join("")}  impact\n`,
  );
  return lines.join("");
}

/** `keel raid`: the plan's RAID log — risk register with exposure, heat maps, and what needs attention. */
export async function raid(file: string, flags: RaidFlags, output: Output): Promise<ExitCode> {
  const today = flags.today ?? new Date().toISOString().slice(0, 10);
  if (!isLocalDate(today)) {
    output.err(`keel raid: --today expects a date YYYY-MM-DD, not "${today}"\n`);
    return ExitCode.usage;
  }
  const result = await analyse(file);
  if (!result.ok) {
    for (const d of result.diagnostics) output.err(diagnosticLine(d));
    return ExitCode.planFailed;
  }
  const report = raidReport(result.plan, today);
  if (flags.format === "json") {
    output.out(`${JSON.stringify(report, null, 2)}\n`);
    return ExitCode.ok;
  }
  const parts: string[] = [];
  if (report.risks.length === 0) {
    parts.push("No risks. Add them under `risks:` in the plan (see docs/raid.md).\n");
  } else {
    parts.push(`Risks (${report.risks.length})\n`);
    parts.push(
      textTable(
        [
          { header: "id" },
          { header: "name" },
          { header: "owner" },
          { header: "P×I", align: "right" },
          { header: "exposure" },
          { header: "after", align: "right" },
          { header: "response" },
          { header: "status" },
          { header: "review" },
        ],
        [...report.risks]
          .sort((a, b) => b.exposure - a.exposure || (a.id < b.id ? -1 : 1))
          .map((r) => [
            r.id,
            r.name,
            r.owner ?? "",
            `${r.probability}×${r.impact}`,
            `${r.exposure} ${r.band}`,
            String(r.residualExposure),
            r.strategy ?? "",
            r.kind === "opportunity" ? `${r.status} (opportunity)` : r.status,
            r.review ?? "",
          ]),
      ),
    );
    parts.push("\n");
    parts.push(heatText(report.heatMap.before, report.scales, "Open threats before response"));
    parts.push("\n");
    parts.push(heatText(report.heatMap.after, report.scales, "Open threats after response"));
  }
  if (report.issues.length > 0) {
    parts.push(`\nIssues (${report.issues.length})\n`);
    parts.push(
      textTable(
        [
          { header: "id" },
          { header: "name" },
          { header: "severity" },
          { header: "owner" },
          { header: "due" },
          { header: "escalation" },
          { header: "status" },
        ],
        report.issues.map((i) => [
          i.id,
          i.name,
          i.severity,
          i.owner ?? "",
          i.due ?? "",
          i.escalation,
          i.status,
        ]),
      ),
    );
  }
  if (report.assumptions.length > 0) {
    parts.push(`\nAssumptions (${report.assumptions.length})\n`);
    parts.push(
      textTable(
        [
          { header: "id" },
          { header: "name" },
          { header: "owner" },
          { header: "validate by" },
          { header: "status" },
        ],
        report.assumptions.map((a) => [a.id, a.name, a.owner ?? "", a.validateBy ?? "", a.status]),
      ),
    );
  }
  if (report.dependencies.length > 0) {
    parts.push(`\nDependencies (${report.dependencies.length})\n`);
    parts.push(
      textTable(
        [
          { header: "id" },
          { header: "name" },
          { header: "provider" },
          { header: "needed" },
          { header: "expected" },
          { header: "status" },
          { header: "tasks" },
        ],
        report.dependencies.map((d) => [
          d.id,
          d.name,
          d.provider,
          d.needed,
          `${d.delivered ?? d.expected ?? ""}${d.late ? " LATE" : ""}`,
          d.status,
          d.tasks.join(", "),
        ]),
      ),
    );
  }
  parts.push(`\nNeeds attention on ${today}: `);
  parts.push(
    report.stale.length === 0
      ? "nothing.\n"
      : `${report.stale.length}\n${report.stale.map((s) => `  ${s.kind} ${s.id} (${s.name}): ${s.reason}, ${s.date}${s.owner ? `; owner ${s.owner}` : ""}\n`).join("")}`,
  );
  output.out(parts.join(""));
  return ExitCode.ok;
}
