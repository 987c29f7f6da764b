import type { ResumeBullet } from "@keel/engine";
import type { LocalDate } from "@keel/model";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { resumeDocx } from "./resume-docx.js";

const bullet = (project: string, text: string): ResumeBullet => ({
  evidenceId: text,
  project,
  date: "2026-01-05" as LocalDate,
  text,
  score: 60,
  placeholders: [],
});

describe("resume bullets as a Word document", () => {
  it("is a zip holding the title, project headings and bulleted paragraphs with the bullet texts", async () => {
    const file = await resumeDocx({
      title: "Ada's highlights & wins",
      bullets: [
        bullet("Customer portal relaunch", "Ran prototype tests with 12 customers across [N] teams"),
        bullet("", "Coordinated releases for the 3 squads, cut rollbacks from 8 to 2 a quarter"),
      ],
    });
    expect(Buffer.from(file.subarray(0, 2)).toString()).toBe("PK");
    const zip = unzipSync(file);
    expect(Object.keys(zip)).toEqual(expect.arrayContaining(["word/document.xml", "word/numbering.xml"]));
    const xml = strFromU8(zip["word/document.xml"] as Uint8Array);
    expect(xml).toContain("Ada&apos;s highlights &amp; wins");
    expect(xml).toContain("Customer portal relaunch");
    expect(xml).toContain("Other work");
    expect(xml).toContain("Ran prototype tests with 12 customers across ");
    expect(xml).toContain("Coordinated releases for the 3 squads, cut rollbacks from 8 to 2 a quarter");
    // Two bullets in Word's own list, the placeholder highlighted.
    expect(xml.match(/<w:numPr>/g)).toHaveLength(2);
    expect(xml).toMatch(/<w:highlight w:val="yellow"\/>.*?\[N\]/s);
    expect(strFromU8(zip["word/numbering.xml"] as Uint8Array)).toContain('w:val="bullet"');
  });

  it("marks its headings as Word's are, as outline levels kept with what follows, and keeps each bullet on one page", async () => {
    const zip = unzipSync(
      await resumeDocx({ title: "", bullets: [bullet("Zürich exit", "Led the “cut-over” – 3 teams")] }),
    );
    const styles = strFromU8(zip["word/styles.xml"] as Uint8Array);
    const style = (id: string) =>
      styles.match(new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">.*?</w:style>`, "s"))?.[0] ?? "";
    // Without an outline level the headings are plain bold lines: no navigation pane, no PDF bookmarks.
    expect(style("Heading1")).toContain('<w:outlineLvl w:val="0"/>');
    expect(style("Heading2")).toContain('<w:outlineLvl w:val="1"/>');
    for (const id of ["Heading1", "Heading2"]) expect(style(id)).toContain("<w:keepNext/>");
    const xml = strFromU8(zip["word/document.xml"] as Uint8Array);
    const paragraph = xml.match(/<w:p>(?:(?!<\/w:p>).)*Led the “cut-over” – 3 teams.*?<\/w:p>/s)?.[0] ?? "";
    expect(paragraph).toContain("<w:numPr>");
    expect(paragraph).toContain("<w:keepLines/>");
    expect(xml).toContain("Zürich exit");
    expect(strFromU8(zip["docProps/core.xml"] as Uint8Array)).not.toContain("Un-named");
  });
});
