import { describe, expect, it } from "vitest";
import { demoReport } from "./report-fixture.js";
import { statusHtml } from "./status-html.js";
import { statusMarkdown } from "./status-markdown.js";
import { statusText } from "./status-text.js";

const report = demoReport();
const renderers = { markdown: statusMarkdown, html: statusHtml, text: statusText };
const IDS = ["test-env", "sso-clash", "CR-1", "CR-2", "payflow-access", "design-signoff", "frontend"];

describe.each(Object.entries(renderers))("the %s status report", (_, render) => {
  const out = render(report);

  it("leads with the overall RAG and the rules' reasons, then the summary", () => {
    expect(out).toMatch(/Overall[^A-Z]*RED|pill-red pill-lg">RED<\/span><span class="overall-label">Overall/);
    for (const reason of report.overall.reasons) expect(out).toContain(htmlSafe(reason.text, out));
    expect(out.indexOf("RED")).toBeLessThan(
      out.indexOf("Summary") === -1 ? out.length : out.indexOf("Summary"),
    );
  });

  it("has every section, with names rather than ids and the engine's numbers", () => {
    for (const heading of [
      "What we need",
      "Key dates",
      "Done since the last report",
      "Blocked",
      "Changed",
      "Top risks",
      "Next",
    ]) {
      expect(out, heading).toMatch(new RegExp(heading, "i"));
    }
    for (const id of IDS) expect(out, id).not.toMatch(new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`, "m"));
    expect(out).toContain(`${report.metrics.SPI?.toFixed(2)}`);
    expect(out).toContain("Next update: Wed 17 Feb");
    expect(out).toContain("Priya Shah");
    expect(out).toContain("Front end feature-complete");
    expect(out).toContain("38,920");
  });
});

/** The text as the HTML escapes it. */
function htmlSafe(text: string, out: string): string {
  return out.startsWith("<!doctype") ? text.replace(/&/g, "&amp;").replace(/"/g, "&quot;") : text;
}

describe("statusHtml", () => {
  const html = statusHtml(report);

  it("is one self-contained document: inline styles, no scripts or external assets, A4 print styles", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain("</html>");
    expect(html).not.toMatch(/<script|<link|src=|url\(|@import|https?:/i);
    expect(html).toContain("@page{size:A4");
    expect(html).toContain("print-color-adjust:exact");
  });

  it("labels every RAG pill in words", () => {
    const pills = [...html.matchAll(/<span class="pill pill-(\w+)[^"]*">([^<]*)<\/span>/g)];
    expect(pills.length).toBeGreaterThan(5);
    for (const [, colour, label] of pills) {
      expect(label, colour).toMatch(/^(RED|AMBER|GREEN|NOT RATED|HIGH|MEDIUM|LOW)$/);
    }
  });

  it("escapes what people typed", () => {
    const out = statusHtml({ ...report, project: `<img src=x onerror="alert(1)"> & Co` });
    expect(out).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; Co");
    expect(out).not.toContain("<img");
  });
});

describe("statusMarkdown", () => {
  it("keeps table cells and list items from breaking the Markdown", () => {
    const md = statusMarkdown({
      ...report,
      blocked: [
        { kind: "issue", id: "x", what: "A | B *now*", owner: null, since: null, why: "line\nbreak" },
      ],
    });
    expect(md).toContain("| A \\| B \\*now\\* | owner needed |  | line break. |");
    expect(md).toContain("| Schedule | **RED** |");
  });
});

describe("statusText", () => {
  it("is plain text: no markup, one item a line", () => {
    const text = statusText(report);
    expect(text).not.toMatch(/<\w|\*\*|^#|\|/m);
    expect(text.split("\n")[0]).toBe("Customer portal relaunch: status report");
    expect(text).toContain("\nWhat we need\n- Sponsor: help with");
  });
});
