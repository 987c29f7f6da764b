import { describe, expect, it } from "vitest";
import { jiraImportUrl, uploadError } from "./jira-upload.js";

describe("Jira upload", () => {
  it("asks for a dry run, with the status map as JSON only when there is one", () => {
    expect(jiraImportUrl("/api/projects/p1/import/jira", true, {})).toBe(
      "/api/projects/p1/import/jira?dryRun=true",
    );
    const url = jiraImportUrl("/x", false, { "In QA": "review" }, "export.csv");
    const query = new URLSearchParams(url.split("?")[1]);
    expect(query.get("dryRun")).toBe("false");
    expect(query.get("file")).toBe("export.csv");
    expect(JSON.parse(query.get("statusMap") ?? "")).toEqual({ "In QA": "review" });
  });

  it("shows the server's message in either error shape, else the status", () => {
    expect(
      uploadError(422, JSON.stringify({ error: { code: "invalid", message: "line 4: no Summary" } })),
    ).toBe("line 4: no Summary");
    expect(uploadError(400, JSON.stringify({ error: "not a CSV file" }))).toBe("not a CSV file");
    expect(uploadError(502, "<html>Bad gateway</html>")).toBe("The import failed (502).");
    expect(uploadError(0, "")).toMatch(/cannot be reached/);
  });
});
