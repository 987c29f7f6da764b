import { TEST_DRIVERS } from "@keel/store/testing";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, openTestApp, type TestApp, type TestClient } from "../testing/test-app.js";

const OLDER = {
  title: "Brought the portal design to sign-off",
  project: "Customer portal relaunch",
  action: "Ran prototype tests with 12 customers and weekly reviews with the sponsor.",
  result: "Design signed off on its planned day.",
  scale: { people: 6, durationWeeks: 10 },
  date: "2026-01-21",
};
const NEWER = {
  title: "Release train",
  action: "Helped with release planning",
  date: "2026-03-02",
};

describe.each(TEST_DRIVERS)("resume bullets export on %s", (driver) => {
  let t: TestApp;
  let ada: TestClient;
  let bob: TestClient;
  let ids: string[];

  beforeAll(async () => {
    t = await openTestApp(driver);
    ada = await t.user("Ada");
    bob = await t.user("Bob");
    ids = [];
    for (const e of [OLDER, NEWER])
      ids.push((await json(ada.request("POST", "/api/me/career/evidence", e))).id);
  });
  afterAll(() => t?.dispose());

  const exportAs = (who: TestClient, body: object) => who.request("POST", "/api/me/career/resume", body);

  it("exports Markdown, newest first and grouped by project, with placeholders for what is missing", async () => {
    const res = await exportAs(ada, { evidenceIds: ids, format: "md" });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      "attachment; filename=\"resume-bullets.md\"; filename*=UTF-8''resume-bullets.md",
    );
    expect(await res.text()).toBe(
      [
        "# Project management highlights",
        "",
        "## Other work",
        "",
        "- \\[Verb\\] release planning across \\[N\\] teams, \\[what changed\\] by \\[X\\]%",
        "",
        "## Customer portal relaunch",
        "",
        "- Ran prototype tests with 12 customers and weekly reviews with the sponsor with 6 people over 10 weeks, design signed off on its planned day (\\[X\\])",
        "",
      ].join("\n"),
    );
  });

  it("exports plain text and a Word document under the user's title", async () => {
    const text = await exportAs(ada, { evidenceIds: [ids[0]], title: "Ada's wins", format: "text" });
    expect(text.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(text.headers.get("content-disposition")).toContain("filename*=UTF-8''Adas%20wins.txt");
    expect(await text.text()).toMatch(/^Ada's wins\n==========\n\nCustomer portal relaunch\n- Ran prototype/);

    const docx = await exportAs(ada, { evidenceIds: ids, title: "Ada's wins", format: "docx" });
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(docx.headers.get("content-disposition")).toContain('filename="resume-bullets.docx"');
    const file = new Uint8Array(await docx.arrayBuffer());
    expect(strFromU8(file.subarray(0, 2))).toBe("PK");
    const xml = strFromU8(unzipSync(file)["word/document.xml"] as Uint8Array);
    expect(xml).toContain("Ada&apos;s wins");
    expect(xml).toContain("Ran prototype tests with 12 customers");
  });

  it("refuses no entries, more than 30, an unknown format and entries that are not the caller's", async () => {
    const none = await exportAs(ada, { evidenceIds: [], format: "md" });
    expect(none.status).toBe(400);
    expect((await json(none)).error.fields[0]).toMatchObject({ path: "evidenceIds" });
    const many = await exportAs(ada, { evidenceIds: Array.from({ length: 31 }, () => ids[0]), format: "md" });
    expect(many.status).toBe(400);
    expect((await exportAs(ada, { evidenceIds: ids, format: "pdf" })).status).toBe(400);
    const theirs = await exportAs(bob, { evidenceIds: [ids[0]], format: "docx" });
    expect(theirs.status).toBe(404);
    expect((await json(theirs)).error.entity).toBe("evidence");
  });
});
