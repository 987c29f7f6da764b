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
      children.push(new Paragraph({ children: runs(b), numbering: { reference: BULLETS, level: 0 } }));
    }
  }
  const file = new Document({
    creator: "Keel",
    title,
    styles: {
      default: {
        document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 80, line: 276 } } },
        heading1: { run: { font: FONT, size: 32, bold: true }, paragraph: { spacing: { after: 160 } } },
        heading2: {
          run: { font: FONT, size: 26, bold: true },
          paragraph: { spacing: { before: 240, after: 80 } },
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
