import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plan } from "@keel/model";
import { describe, expect, it } from "vitest";
import { FormatError } from "./diagnostic.js";
import { parsePsplib } from "./psplib.js";

// The reference data sits beside the repository (../shared/data), never inside it.
const data = fileURLToPath(new URL("../../../../shared/data/psplib/", import.meta.url));
const haveData = existsSync(data);
if (!haveData) console.warn(`psplib tests skipped: reference data not found at ${data}`);

const read = (name: string) => readFileSync(`${data}${name}`, "utf8");

/** Longest path through the network in periods: the critical-path length PSPLIB calls MPM-Time. */
function criticalPathDays(plan: Plan): number {
  const finish = new Map<string, number>();
  const preds = new Map<string, string[]>();
  for (const l of plan.links) preds.set(l.to, [...(preds.get(l.to) ?? []), l.from]);
  // PSPLIB numbers jobs so that every predecessor comes first.
  for (const task of plan.tasks) {
    const start = Math.max(0, ...(preds.get(task.id) ?? []).map((p) => finish.get(p) ?? Number.NaN));
    finish.set(task.id, start + task.duration.value);
  }
  return Math.max(...finish.values());
}

function thrown(f: () => void): FormatError {
  try {
    f();
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error("expected a FormatError");
}

describe.skipIf(!haveData)("parsePsplib on PSPLIB files", () => {
  it("reads j301_1.sm: jobs, durations, successors, MPM-Time, horizon, resources", () => {
    const instance = parsePsplib(read("j30/j301_1.sm"), "j30/j301_1.sm");
    const { plan } = instance;
    expect(instance.mpmTime).toBe(38);
    expect(instance.horizon).toBe(158);
    expect(instance.resources).toEqual([
      { id: "R1", capacity: 12 },
      { id: "R2", capacity: 13 },
      { id: "R3", capacity: 4 },
      { id: "R4", capacity: 12 },
    ]);
    expect(plan.tasks).toHaveLength(32);
    expect(plan.tasks[0]).toStrictEqual({
      id: "j1",
      name: "Job 1",
      parent: null,
      milestone: true,
      duration: { value: 0, unit: "d", elapsed: false },
      constraint: { type: "ASAP" },
    });
    expect(plan.tasks[1]).toMatchObject({
      id: "j2",
      name: "Job 2",
      milestone: false,
      duration: { value: 8, unit: "d" },
    });
    expect(plan.tasks[15]?.duration.value).toBe(10);
    expect(plan.tasks[31]).toMatchObject({ id: "j32", milestone: true, duration: { value: 0 } });
    expect(plan.links.filter((l) => l.from === "j1").map((l) => l.to)).toEqual(["j2", "j3", "j4"]);
    expect(plan.links.filter((l) => l.from === "j8").map((l) => l.to)).toEqual(["j12", "j19", "j27"]);
    expect(plan.links[0]).toStrictEqual({
      from: "j1",
      to: "j2",
      type: "FS",
      lag: { value: 0, unit: "d", elapsed: false },
    });
    expect(plan.links).toHaveLength(48);
    expect(instance.demands.j3).toEqual([10, 0, 0, 0]);
    expect(instance.demands.j26).toEqual([0, 0, 4, 0]);
    expect(plan.project).toStrictEqual({
      name: "j301_1",
      start: "2027-01-04",
      timeZone: "UTC",
      calendar: "standard",
      hoursPerDay: 8,
    });
    expect(plan.calendars[0]).toMatchObject({
      workweek: ["mon", "tue", "wed", "thu", "fri"],
      hours: ["09:00-17:00"],
    });
  });

  it("reads every j30 and j60 instance, and each network's longest path is its MPM-Time", () => {
    let count = 0;
    for (const folder of ["j30", "j60"]) {
      for (const name of readdirSync(`${data}${folder}`).filter((f) => f.endsWith(".sm"))) {
        const instance = parsePsplib(read(`${folder}/${name}`), name);
        expect(instance.plan.tasks).toHaveLength(folder === "j30" ? 32 : 62);
        expect(criticalPathDays(instance.plan), name).toBe(instance.mpmTime);
        count++;
      }
    }
    expect(count).toBe(960);
  });

  it("names the line of a truncated file", () => {
    const lines = read("j30/j301_1.sm").split("\n");
    const truncated = lines.slice(0, 30).join("\n");
    const error = thrown(() => parsePsplib(truncated, "cut.sm"));
    expect(error.diagnostics).toEqual([
      {
        file: "cut.sm",
        line: 30,
        column: 1,
        severity: "error",
        message: "unexpected end of file: PRECEDENCE RELATIONS lists 12 of 32 jobs",
      },
    ]);
    const noRequests = lines.slice(0, 51).join("\n");
    expect(thrown(() => parsePsplib(noRequests, "cut.sm")).message).toBe(
      "cut.sm:51:1: error: missing section `REQUESTS/DURATIONS:`; the file is truncated or not a PSPLIB .sm file",
    );
  });

  it("names the line and column of a bad number and checks counts", () => {
    const lines = read("j30/j301_1.sm").split("\n");
    const bad = lines.with(19, lines[19]?.replace("  6  11", "  x  11") ?? "").join("\n");
    expect(thrown(() => parsePsplib(bad, "bad.sm")).message).toBe(
      'bad.sm:20:36: error: expected a whole number, got "x"',
    );
    const wrongCount = lines.with(19, "   2        1          2           6  11  15").join("\n");
    expect(thrown(() => parsePsplib(wrongCount, "bad.sm")).message).toBe(
      "bad.sm:20:1: error: job 2 says 2 successors but lists 3",
    );
    const multiMode = lines.with(19, "   2        3          3           6  11  15").join("\n");
    expect(thrown(() => parsePsplib(multiMode, "bad.sm")).message).toMatch(
      /job 2 has 3 modes; only single-mode/,
    );
  });
});

describe("parsePsplib on text that is not PSPLIB", () => {
  it("says what is missing", () => {
    expect(thrown(() => parsePsplib("hello\n", "x.sm")).message).toBe(
      "x.sm:1:1: error: missing `jobs (incl. supersource/sink )` in the header; is this a PSPLIB .sm file?",
    );
  });
});
