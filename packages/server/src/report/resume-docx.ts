import { type ResumeDocument, resumeSections, resumeTitle } from "@keel/formats";
import {
  AlignmentType,
  convertInchesToTwip,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
} from "docx";

const BULLETS = "resume-bullets";
const FONT = "Calibri";

/** The bullet's words as runs, each `[placeholder]` highlighted so it is not sent unfilled. */
function runs(text: string): TextRun[] {
  return text
    .split(/(\[[^\]]+\])/)
    .filter((part) => part !== "")
    .map((part) =>
      /^\[[^\]]+\]$/.test(part) ? new TextRun({ text: part, highlight: "yellow" }) : new TextRun(part),
    );
}

/**
 * Resume bullets as a Word document: the title, a heading per project and a real bulleted list
 * (Word's own numbering, so bullets stay aligned when the user edits or pastes them into a resume).
 */
export async function resumeDocx(doc: ResumeDocument): Promise<Uint8Array> {
  const title = resumeTitle(doc);
  const children = [new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 })];
  for (const s of resumeSections(doc)) {
    children.push(new Paragraph({ text: s.project, heading: HeadingLevel.HEADING_2 }));
    for (const b of s.bullets) {
      // A bullet is read as one line of proof: never split across a page break.
      children.push(
        new Paragraph({ children: runs(b), numbering: { reference: BULLETS, level: 0 }, keepLines: true }),
      );
    }
  }
  const file = new Document({
    creator: "Keel",
    // Left out, Word's file properties show "Un-named" as the last author.
    lastModifiedBy: "Keel",
    title,
    styles: {
      default: {
        document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 80, line: 276 } } },
        // These styles replace Word's own headings, so they restate what Word's carry: the outline
        // level (navigation pane, PDF bookmarks, screen readers) and staying with the lines below.
        heading1: {
          run: { font: FONT, size: 32, bold: true },
          paragraph: { spacing: { after: 160 }, outlineLevel: 0, keepNext: true, keepLines: true },
        },
        heading2: {
          run: { font: FONT, size: 26, bold: true },
          paragraph: {
            spacing: { before: 240, after: 80 },
            outlineLevel: 1,
            keepNext: true,
            keepLines: true,
          },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: "•",
              alignment: AlignmentType.LEFT,
              style: {
                paragraph: {
                  indent: { left: convertInchesToTwip(0.3), hanging: convertInchesToTwip(0.2) },
                },
              },
            },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(file);
}
