/** The Keel fields a Jira column can fill, each with the header names Jira uses for it. */
const FIELDS = {
  key: ["issue key"],
  summary: ["summary"],
  id: ["issue id"],
  type: ["issue type"],
  status: ["status"],
  statusCategory: ["status category"],
  categoryChanged: ["status category changed"],
  resolution: ["resolution"],
  created: ["created"],
  updated: ["updated"],
  resolved: ["resolved"],
  rank: ["rank"],
  points: ["story points", "story point estimate"],
  estimate: ["original estimate"],
  description: ["description"],
  labels: ["labels"],
  assignee: ["assignee"],
  priority: ["priority"],
  epicLink: ["epic link"],
  // A key where the export has one, else the numeric issue id.
  parent: ["parent key", "parent", "parent id"],
  sprints: ["sprint"],
} as const;

export type JiraField = keyof typeof FIELDS;

/** Fields read from every column that carries them, in file order; the others from their first column. */
const MULTI: ReadonlySet<JiraField> = new Set(["points", "labels", "sprints", "parent"]);

/** "Custom field (Story Points)" and "Story Points" name the same field. */
export function columnName(header: string): string {
  const name = header.trim().replace(/\s+/g, " ").toLowerCase();
  return /^custom field \((.+)\)$/.exec(name)?.[1]?.trim() ?? name;
}

/** Where each field is in a row, and which headers nothing reads. */
export interface JiraColumns {
  readonly headers: readonly string[];
  /** Column indexes per field, in the order they are tried. */
  readonly at: Readonly<Record<JiraField, readonly number[]>>;
  /** Headers no field reads, once each, with "(×3)" when the export repeats them. */
  readonly ignored: readonly string[];
}

export function readColumns(headers: readonly string[]): JiraColumns {
  const at = Object.fromEntries(Object.keys(FIELDS).map((f) => [f, [] as number[]])) as Record<
    JiraField,
    number[]
  >;
  const used = new Set<number>();
  const names = headers.map(columnName);
  for (const [field, wanted] of Object.entries(FIELDS) as [JiraField, readonly string[]][]) {
    // Fields with several names try them in the order listed ("parent key" before "parent").
    for (const name of wanted) {
      names.forEach((n, i) => {
        if (n === name && !used.has(i) && (MULTI.has(field) || at[field].length === 0)) {
          at[field].push(i);
          used.add(i);
        }
      });
    }
  }
  // Story points are taken from the first non-empty column in file order, whatever its name.
  at.points.sort((a, b) => a - b);
  const ignored = new Map<string, number>();
  headers.forEach((h, i) => {
    if (used.has(i)) return;
    const name = h.trim() || "(no name)";
    ignored.set(name, (ignored.get(name) ?? 0) + 1);
  });
  return {
    headers,
    at,
    ignored: [...ignored].map(([h, n]) => (n > 1 ? `${h} (×${n})` : h)),
  };
}
