import { resumeBullets } from "@keel/engine";
import { resumeMarkdown, resumeText } from "@keel/formats";
import { z } from "zod";
import { resumeDocx } from "../report/resume-docx.js";
import { ownEvidence } from "./career-data.js";
import { route } from "./route.js";

const FILES = {
  md: { type: "text/markdown; charset=utf-8", extension: "md" },
  text: { type: "text/plain; charset=utf-8", extension: "txt" },
  docx: {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
  },
} as const;

/** Resume bullets from the caller's evidence, exported as Markdown, plain text or Word. */
export const careerResumeRoutes = [
  route({
    method: "POST",
    path: "/api/me/career/resume",
    summary:
      "Resume bullets from your chosen evidence entries, newest first and grouped by project: one line per entry in outcome language, built only from the entry, with [placeholders] where a number or part is missing. Markdown, plain text or Word (.docx); stores nothing",
    tag: "Career",
    access: { scope: "user" },
    body: z.strictObject({
      evidenceIds: z
        .array(z.string().min(1).max(200))
        .min(1, "choose at least 1 evidence entry")
        .max(30, "choose at most 30 evidence entries"),
      title: z.string().trim().max(200).optional(),
      format: z.enum(["md", "text", "docx"]),
    }),
    handle: async ({ c, caller, body, store }) => {
      const entries = await ownEvidence(store, caller.userId, [...new Set(body.evidenceIds)]);
      const doc = { title: body.title ?? "", bullets: resumeBullets(entries) };
      const file = FILES[body.format];
      const name = `${doc.title.replace(/[^\p{L}\p{N} ._-]+/gu, "").trim() || "resume-bullets"}.${file.extension}`;
      c.header("Content-Type", file.type);
      c.header(
        "Content-Disposition",
        `attachment; filename="resume-bullets.${file.extension}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      );
      if (body.format === "md") return c.body(resumeMarkdown(doc));
      if (body.format === "text") return c.body(resumeText(doc));
      const docx = await resumeDocx(doc);
      return c.body(docx.buffer.slice(docx.byteOffset, docx.byteOffset + docx.byteLength) as ArrayBuffer);
    },
  }),
];
