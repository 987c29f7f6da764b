/**
 * Line numbers of byte offsets in text read once, front to back. The CSV parser reports where each
 * record ends in bytes; a record's first line is the line of the previous record's end offset.
 * "\r\n", "\n" and a lone "\r" each end a line, as editors count them.
 */
export class LineIndex {
  /** End offsets of line breaks not yet passed by `lineAt`. */
  private breaks: number[] = [];
  private head = 0;
  private passed = 0;
  private fed = 0;
  /** Offset of a "\r" that ended the last chunk: a break unless the next chunk starts with "\n". */
  private pendingCr = -1;

  feed(bytes: Uint8Array): void {
    if (this.pendingCr >= 0) {
      if (bytes.length === 0) return;
      if (bytes[0] !== 0x0a) this.breaks.push(this.pendingCr + 1);
      this.pendingCr = -1;
    }
    const base = this.fed;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === 0x0a) this.breaks.push(base + i + 1);
      else if (b === 0x0d) {
        if (i === bytes.length - 1) this.pendingCr = base + i;
        else if (bytes[i + 1] !== 0x0a) this.breaks.push(base + i + 1);
      }
    }
    this.fed += bytes.length;
  }

  /** No more text: a trailing "\r" ends its line. */
  end(): void {
    if (this.pendingCr >= 0) this.breaks.push(this.pendingCr + 1);
    this.pendingCr = -1;
  }

  /** Bytes fed so far. */
  get bytes(): number {
    return this.fed;
  }

  /** 1-based line of the byte at `offset`; offsets must not decrease from one call to the next. */
  lineAt(offset: number): number {
    while (this.head < this.breaks.length && (this.breaks[this.head] ?? 0) <= offset) {
      this.head++;
      this.passed++;
    }
    // Drop the passed breaks now and then so a long file does not keep them all.
    if (this.head > 4096 && this.head * 2 > this.breaks.length) {
      this.breaks = this.breaks.slice(this.head);
      this.head = 0;
    }
    return this.passed + 1;
  }
}
