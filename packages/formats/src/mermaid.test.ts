import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { schedulePlan } from "@keel/engine";
import mermaid from "mermaid";
import { describe, expect, it } from "vitest";
import { toMermaidGantt } from "./mermaid.js";
import { readPlan } from "./read-plan.js";

const example = fileURLToPath(new URL("../../../examples/product-launch.yaml", import.meta.url));
const schedule = schedulePlan(readPlan(readFileSync(example, "utf8"), "product-launch.yaml").plan);

/** Wall-clock `YYYY-MM-DDTHH:MM` of a Date mermaid built in the local zone. */
function local(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

interface GanttTask {
  id: string;
  section: string;
  startTime: Date;
  endTime: Date;
  crit?: boolean;
  milestone?: boolean;
}

/**
 * Parses with mermaid itself and returns its task list. The title line is left out: mermaid
 * sanitises titles with DOMPurify, which needs a DOM; the browser renders it.
 */
async function parseGantt(text: string) {
  const withoutTitle = text.replace(/^ {4}title .*\n/m, "");
  await mermaid.parse(withoutTitle);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(withoutTitle);
  const db = diagram.db as unknown as { getTasks(): GanttTask[] };
  return db.getTasks().map((t) => ({
    id: t.id,
    section: t.section,
    start: local(t.startTime),
    end: local(t.endTime),
    crit: t.crit === true,
    milestone: t.milestone === true,
  }));
}

describe("toMermaidGantt", () => {
  it("is a gantt chart mermaid parses into the scheduled tasks", async () => {
    const parsed = await parseGantt(toMermaidGantt(schedule));
    const leaves = schedule.tasks.filter((t) => t.kind !== "summary");
    const names = new Map(schedule.tasks.map((t) => [t.id, t.name]));
    expect(parsed).toEqual(
      leaves.map((t) => ({
        id: t.id,
        section: t.parent === null ? schedule.project.name : names.get(t.parent),
        start: t.start.slice(0, 16),
        end: (t.kind === "milestone" ? t.start : t.finish).slice(0, 16),
        crit: t.critical,
        milestone: t.kind === "milestone",
      })),
    );
  });

  it("has a section per summary task, dates, milestones and crit tags", () => {
    const lines = toMermaidGantt(schedule).split("\n");
    expect(lines.slice(0, 4)).toEqual([
      "gantt",
      "    title Relay beta to GA launch",
      "    dateFormat YYYY-MM-DD HH:mm",
      "    axisFormat %Y-%m-%d",
    ]);
    const summaries = schedule.tasks.filter((t) => t.kind === "summary").map((t) => t.name);
    expect(lines.filter((l) => l.startsWith("    section ")).map((l) => l.slice(12))).toEqual(summaries);
    const taskLines = lines.filter((l) => / :/.test(l));
    expect(taskLines).toHaveLength(schedule.tasks.filter((t) => t.kind !== "summary").length);
    for (const t of schedule.tasks.filter((t) => t.kind !== "summary")) {
      const line = taskLines.find((l) => l.includes(`:${t.id}, `) || l.includes(`, ${t.id}, `));
      const tags = [t.kind === "milestone" ? "milestone" : "", t.critical ? "crit" : ""].filter(Boolean);
      const end = t.kind === "milestone" ? "0d" : t.finish.slice(0, 16).replace("T", " ");
      expect(line).toBe(
        `    ${t.name.replaceAll(":", "﹕")} :${[...tags, t.id, t.start.slice(0, 16).replace("T", " "), end].join(", ")}`,
      );
    }
    expect(taskLines.some((l) => l.includes(":crit, "))).toBe(true);
    expect(taskLines.some((l) => l.includes(":milestone, crit, ga, "))).toBe(true);
  });

  it("keeps names from breaking the syntax", async () => {
    const tasks = schedule.tasks.map((t) =>
      t.id === "deploy" ? { ...t, name: "Deploy: #1; now\nfast" } : t,
    );
    const text = toMermaidGantt({ ...schedule, tasks });
    expect(text).toContain("    Deploy﹕ ＃1； now fast :");
    const parsed = await parseGantt(text);
    expect(parsed).toHaveLength(schedule.tasks.filter((t) => t.kind !== "summary").length);
    expect(parsed.find((t) => t.id === "deploy")).toBeDefined();
  });
});
