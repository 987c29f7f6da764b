import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { planJsonSchema, planJsonSchemaText } from "./json-schema.js";

const committed = new URL("../../../../schema/keel-plan.schema.json", import.meta.url);

describe("planJsonSchema", () => {
  it("matches the committed schema/keel-plan.schema.json", () => {
    const onDisk = readFileSync(committed, "utf8");
    expect(
      onDisk === planJsonSchemaText(),
      "schema/keel-plan.schema.json is out of date: run `npm run schema`",
    ).toBe(true);
  });

  it("describes the file format for editors: titles, descriptions, required keys, no unknown keys", () => {
    const schema = planJsonSchema() as {
      $schema: string;
      title: string;
      required: string[];
      additionalProperties: boolean;
      definitions: Record<
        string,
        { title?: string; description?: string; properties: Record<string, { description?: string }> }
      >;
    };
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema.title).toBe("Keel plan");
    expect(schema.required).toEqual(["project", "tasks"]);
    expect(schema.additionalProperties).toBe(false);
    const task = schema.definitions.task;
    expect(task?.title).toBe("Task");
    expect(Object.keys(task?.properties ?? {})).toEqual([
      "id",
      "name",
      "duration",
      "work",
      "assign",
      "milestone",
      "after",
      "constraint",
      "priority",
      "deadline",
      "calendar",
      "notes",
      "percentComplete",
      "actualStart",
      "actualFinish",
      "actualCost",
      "remainingDuration",
      "tasks",
    ]);
    expect(task?.properties.duration?.description).toMatch(/three-point estimate/);
    expect(schema.definitions.project?.properties.timeZone?.description).toMatch(/IANA/);
    expect(schema.definitions.resource?.properties.maxUnits?.description).toMatch(/full time/);
    for (const name of ["risk", "riskScales", "assumption", "issue", "dependency", "change"]) {
      expect(schema.definitions[name]?.description, name).toBeTruthy();
    }
    // Levels are whole numbers from 1; their top depends on the plan's scales, so keel check judges it.
    expect(schema.definitions.risk?.properties.probability).toMatchObject({ type: "integer", minimum: 1 });
  });
});
