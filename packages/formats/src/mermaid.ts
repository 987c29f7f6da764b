import type { PlanSchedule, TaskResult } from "@keel/engine";

/** Mermaid gantt task names end at `:`, and `#` or `;` start comments or entities: swap them out. */
export function mermaidText(value: string): string {
  return value
    .replace(/[\r\n]+/g, " ")
    .replaceAll(":", "﹕")
    .replaceAll("#", "＃")
    .replaceAll(";", "；")
    .trim();
}

/** Task ids in a gantt must be word characters and dashes. */
function mermaidId(id: string, used: Map<string, string>): string {
  const base = id.replace(/[^A-Za-z0-9_-]/g, "_") || "task";
  let out = base;
  for (let n = 2; used.has(out) && used.get(out) !== id; n++) out = `${base}_${n}`;
  used.set(out, id);
  return out;
}

/** `2027-01-04T09:00:00` → `2027-01-04 09:00`, matching the `dateFormat` below. */
function when(localDateTime: string): string {
  return localDateTime.slice(0, 16).replace("T", " ");
}

/**
 * A Mermaid `gantt` chart of a schedule: one section per summary task (its direct tasks and
 * milestones), top-level tasks in a first section named after the project, `crit` on critical
 * tasks, and the scheduled start and finish of each.
 */
export function toMermaidGantt(schedule: PlanSchedule): string {
  const ids = new Map<string, string>();
  const byParent = new Map<string | null, TaskResult[]>();
  for (const t of schedule.tasks) byParent.set(t.parent, [...(byParent.get(t.parent) ?? []), t]);
  const names = new Map(schedule.tasks.map((t) => [t.id, t]));
  const path = (t: TaskResult): string => {
    const parent = t.parent === null ? undefined : names.get(t.parent);
    return parent === undefined ? mermaidText(t.name) : `${path(parent)} / ${mermaidText(t.name)}`;
  };
  const line = (t: TaskResult): string => {
    const tags = [t.kind === "milestone" ? "milestone" : "", t.critical ? "crit" : ""].filter(
      (s) => s !== "",
    );
    const end = t.kind === "milestone" ? "0d" : when(t.finish);
    return `    ${mermaidText(t.name) || t.id} :${[...tags, mermaidId(t.id, ids), when(t.start), end].join(", ")}`;
  };
  const out = [
    "gantt",
    `    title ${mermaidText(schedule.project.name)}`,
    "    dateFormat YYYY-MM-DD HH:mm",
    "    axisFormat %Y-%m-%d",
  ];
  const section = (title: string, tasks: readonly TaskResult[]) => {
    const leaves = tasks.filter((t) => t.kind !== "summary");
    if (leaves.length === 0) return;
    out.push(`    section ${title}`);
    for (const t of leaves) out.push(line(t));
  };
  section(mermaidText(schedule.project.name), byParent.get(null) ?? []);
  for (const t of schedule.tasks) {
    if (t.kind === "summary") section(path(t), byParent.get(t.id) ?? []);
  }
  return `${out.join("\n")}\n`;
}
