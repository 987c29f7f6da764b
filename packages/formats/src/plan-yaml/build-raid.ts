import {
  type ChangeRequest,
  DEFAULT_RISK_SCALES,
  type Plan,
  type PlanEdit,
  type RiskScales,
} from "@keel/model";
import type { PlanEditFile } from "./change-schema.js";
import type { PlanFile } from "./file-schema.js";
import type { RiskScalesFile } from "./raid-schema.js";
import { ZERO } from "./value-schemas.js";

/** The file's risk scales with a scale it leaves out filled in from the default. */
export function toRiskScales(file: RiskScalesFile): RiskScales {
  return {
    probability: file.probability ?? DEFAULT_RISK_SCALES.probability,
    impact: file.impact ?? DEFAULT_RISK_SCALES.impact,
  };
}

/** Fills in the defaults an edit leaves out; the file's own notation is already parsed by the schema. */
function toEdit(edit: PlanEditFile): PlanEdit {
  switch (edit.op) {
    case "addTask": {
      const { parent, name, duration, milestone, constraint, ...rest } = edit.task;
      // As in a task of the file: effort-driven at 100 % without a duration, a milestone at zero.
      const d = duration ?? rest.work ?? ZERO;
      return {
        op: "addTask",
        task: {
          ...rest,
          name: name ?? rest.id,
          parent: parent ?? null,
          duration: d,
          milestone: milestone ?? d.value === 0,
          constraint: constraint ?? { type: "ASAP" },
        },
      };
    }
    case "addLink": {
      const { type, lag, ...rest } = edit.link;
      return { op: "addLink", link: { ...rest, type: type ?? "FS", lag: lag ?? ZERO } };
    }
    case "assign":
      return { op: "assign", assignment: { ...edit.assignment, units: edit.assignment.units ?? 1 } };
    default:
      return edit;
  }
}

function toChange(c: NonNullable<PlanFile["changes"]>[number]): ChangeRequest {
  return {
    ...c,
    name: c.name ?? c.id,
    status: c.status ?? "draft",
    edits: (c.edits ?? []).map(toEdit),
  };
}

/** The RAID log and change requests of a checked file with their defaults; empty lists are left out. */
export function buildRaid(
  file: PlanFile,
): Pick<Plan, "risks" | "assumptions" | "issues" | "dependencies" | "changes"> {
  const risks = (file.risks ?? []).map((r) => ({
    ...r,
    name: r.name ?? r.id,
    kind: r.kind ?? "threat",
    tasks: r.tasks ?? [],
    status: r.status ?? "open",
  }));
  const assumptions = (file.assumptions ?? []).map((a) => ({
    ...a,
    name: a.name ?? a.id,
    status: a.status ?? "unvalidated",
  }));
  const issues = (file.issues ?? []).map((i) => ({
    ...i,
    name: i.name ?? i.id,
    severity: i.severity ?? "medium",
    escalation: i.escalation ?? "team",
    status: i.status ?? "open",
  }));
  const dependencies = (file.dependencies ?? []).map((d) => ({
    ...d,
    name: d.name ?? d.id,
    status: d.status ?? "waiting",
    tasks: d.tasks ?? [],
  }));
  const changes = (file.changes ?? []).map(toChange);
  return {
    ...(risks.length === 0 ? {} : { risks }),
    ...(assumptions.length === 0 ? {} : { assumptions }),
    ...(issues.length === 0 ? {} : { issues }),
    ...(dependencies.length === 0 ? {} : { dependencies }),
    ...(changes.length === 0 ? {} : { changes }),
  };
}
