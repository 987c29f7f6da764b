import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FormatError } from "./diagnostic.js";
import { toPlanYaml } from "./plan-yaml/serialize.js";
import { EXAMPLE_PLAN } from "./plan-yaml/test-plans.js";
import { readPlan } from "./read-plan.js";

const sm = fileURLToPath(new URL("../../../../shared/data/psplib/j30/j301_1.sm", import.meta.url));
const haveData = existsSync(sm);
if (!haveData) console.warn(`PSPLIB readPlan tests skipped: reference data not found at ${sm}`);

describe("readPlan", () => {
  it("reads .yaml and .yml files as Keel plans, with a source map", () => {
    for (const file of ["plan.yaml", "dir.v2/PLAN.YML"]) {
      const read = readPlan(EXAMPLE_PLAN, file);
      expect(read.format).toBe("keel-yaml");
      expect(read.plan.tasks).toHaveLength(4);
      expect(read.sourceMap?.task("design")).toEqual({ line: 5, column: 5 });
      expect(read.psplib).toBeUndefined();
    }
  });

  it("recognises a Keel plan by content under another name", () => {
    expect(readPlan(EXAMPLE_PLAN, "-").format).toBe("keel-yaml");
    expect(readPlan(`# my plan\n${EXAMPLE_PLAN}`, "plan.txt").format).toBe("keel-yaml");
  });

  it("reports YAML errors against the given file name", () => {
    expect(() => readPlan("project: {}\ntasks: []\n", "p.yaml")).toThrow(
      "p.yaml:1:10: error: missing required key `name` in `project`",
    );
  });

  it("says which formats it supports when it cannot tell", () => {
    expect(() => readPlan("just some text\n", "notes.txt")).toThrow(FormatError);
    expect(() => readPlan("just some text\n", "notes.txt")).toThrow(
      "notes.txt:1:1: error: unknown plan format; supported: Keel plan YAML (.yaml, .yml, see docs/plan-format.md), Microsoft Project XML (.xml, see docs/mspdi.md), task CSV (.csv, see docs/formats.md) and PSPLIB single-mode instances (.sm)",
    );
  });

  describe.skipIf(!haveData)("PSPLIB", () => {
    const text = haveData ? readFileSync(sm, "utf8") : "";

    it("reads .sm files, and PSPLIB content under any name", () => {
      for (const file of ["j301_1.sm", "instance.txt"]) {
        const read = readPlan(text, file);
        expect(read.format).toBe("psplib");
        expect(read.psplib?.mpmTime).toBe(38);
        expect(read.plan).toBe(read.psplib?.plan);
        expect(read.sourceMap).toBeUndefined();
      }
    });

    it("converts to plan YAML and back, with links grouped under their successors", () => {
      const { plan } = readPlan(text, "j301_1.sm");
      const back = readPlan(toPlanYaml(plan), "j301_1.yaml").plan;
      expect(back.project).toStrictEqual(plan.project);
      expect(back.calendars).toStrictEqual(plan.calendars);
      expect(back.tasks).toStrictEqual(plan.tasks);
      const key = (l: { from: string; to: string }) => `${l.from}->${l.to}`;
      expect(back.links.map(key).toSorted()).toEqual(plan.links.map(key).toSorted());
    });
  });
});
