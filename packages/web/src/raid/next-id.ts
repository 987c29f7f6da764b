/**
 * The id quick add gives a new item: the prefix and one more than the highest number already used
 * with it, in any case (`R1`, `R2`… `R10`; `r3` typed in a YAML file counts), so a deleted item's id
 * is not handed out again.
 */
export function nextId(prefix: string, taken: Iterable<string>): string {
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\d+)$`, "i");
  let highest = 0;
  for (const id of taken) {
    const match = pattern.exec(id);
    if (match !== null) highest = Math.max(highest, Number(match[1]));
  }
  return `${prefix}${highest + 1}`;
}
