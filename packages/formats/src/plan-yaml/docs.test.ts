import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FormatError } from "../diagnostic.js";
import { parsePlanYaml } from "./parse.js";

const doc = readFileSync(new URL("../../../../docs/plan-format.md", import.meta.url), "utf8");
const yamlBlocks = Array.from(doc.matchAll(/```yaml\n([\s\S]*?)```/g), (m) => m[1] ?? "");

describe("docs/plan-format.md", () => {
  it("has examples whose complete plans parse", () => {
    const plans = yamlBlocks.filter((block) => /^project:/m.test(block));
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) expect(() => parsePlanYaml(plan, "plan-format.md")).not.toThrow();
  });

  it("has snippets that parse inside a plan, apart from links to tasks they leave out", () => {
    const project = "project: { name: Docs, start: 2027-01-04 }\n";
    const snippets = yamlBlocks.filter((block) => !/^project:/m.test(block));
    expect(snippets.length).toBeGreaterThanOrEqual(6);
    for (const snippet of snippets.map((s) => `${s.trimEnd()}\n`)) {
      // Snippets show one key; give them the plan around it they assume.
      const text = /^tasks:/m.test(snippet)
        ? `${project}${snippet}`
        : /^(holidays|exceptions):/m.test(snippet)
          ? `${project}calendar:\n${snippet.replace(/^(?=.)/gm, "  ")}tasks: []\n`
          : `${project}tasks:\n  - id: t\n    duration: 1d\n${snippet.replace(/^(?=.)/gm, "    ")}`;
      try {
        parsePlanYaml(text, "plan-format.md");
      } catch (error) {
        if (!(error instanceof FormatError)) throw error;
        const others = error.diagnostics.filter((d) => !/`after` names unknown task/.test(d.message));
        expect(others, snippet).toEqual([]);
      }
    }
  });
});
