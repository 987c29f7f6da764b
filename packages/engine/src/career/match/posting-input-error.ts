/** About 20 pages of plain text: far more than any job posting, small enough to read at once. */
export const MAX_POSTING_CHARS = 60_000;

/** A posting that cannot be read: empty, or too long to be one job description. */
export class PostingInputError extends Error {
  readonly code: "empty" | "too-long";
  constructor(code: "empty" | "too-long", message: string) {
    super(message);
    this.name = "PostingInputError";
    this.code = code;
  }
}

const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** Throws a PostingInputError with a message for the user when the text cannot be a posting. */
export function checkPostingText(text: string): void {
  if (!/[\p{L}\p{N}]/u.test(text)) {
    throw new PostingInputError("empty", "Paste the job posting's text: there is nothing to read yet.");
  }
  if (text.length > MAX_POSTING_CHARS) {
    throw new PostingInputError(
      "too-long",
      `The pasted text is ${thousands(text.length)} characters; a posting can be at most ${thousands(MAX_POSTING_CHARS)} (about 20 pages). Paste only the job description.`,
    );
  }
}
