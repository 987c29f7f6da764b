import type { LocalDate, SprintState, StatusCategory } from "@keel/model";

/** A sprint named in the file's Sprint columns, with a state guessed from its items. */
export interface JiraSprint {
  /** Slug of the name: "TES Sprint 1" → "tes-sprint-1". */
  readonly id: string;
  readonly name: string;
  /** Keys of every item that was in it, whether it is still there or moved on. */
  readonly items: readonly string[];
  readonly state: SprintState;
  /**
   * Earliest and latest date on its items (created, status changes): bounds to place the sprint
   * by, not its real start and finish, which a Jira CSV does not carry.
   */
  readonly firstSeen?: LocalDate | undefined;
  readonly lastSeen?: LocalDate | undefined;
}

/** Lower-case words joined by dashes, accents dropped; "sprint" when nothing of the name is left. */
export function slug(name: string): string {
  const s = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 90)
    .replace(/-+$/, "");
  return s === "" ? "sprint" : s;
}

/** What one item tells about a sprint it lists. */
export interface SprintVisit {
  readonly key: string;
  /** The item's last sprint: where it sits now. */
  readonly current: boolean;
  readonly category: StatusCategory;
  /** Earliest and latest date on the item. */
  readonly first?: LocalDate | undefined;
  readonly last?: LocalDate | undefined;
}

interface SprintTally {
  readonly id: string;
  readonly items: string[];
  /** Items that sit in it now, and how many of those are under way or done. */
  current: number;
  started: number;
  done: number;
  first?: LocalDate | undefined;
  last?: LocalDate | undefined;
}

/** Collects the sprints items name, in the order they are first met. */
export class SprintCollector {
  private readonly sprints = new Map<string, SprintTally>();
  private readonly ids = new Set<string>();

  /** The sprint's id; a name whose slug is taken by another name gets "-2", "-3"… */
  id(name: string): string {
    return this.tally(name).id;
  }

  private tally(name: string): SprintTally {
    let sprint = this.sprints.get(name);
    if (sprint === undefined) {
      const base = slug(name);
      let id = base;
      for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
      this.ids.add(id);
      sprint = { id, items: [], current: 0, started: 0, done: 0 };
      this.sprints.set(name, sprint);
    }
    return sprint;
  }

  visit(name: string, visit: SprintVisit): void {
    const sprint = this.tally(name);
    sprint.items.push(visit.key);
    if (visit.current) {
      sprint.current++;
      if (visit.category !== "todo") sprint.started++;
      if (visit.category === "done") sprint.done++;
    }
    if (visit.first !== undefined && (sprint.first === undefined || visit.first < sprint.first)) {
      sprint.first = visit.first;
    }
    if (visit.last !== undefined && (sprint.last === undefined || visit.last > sprint.last)) {
      sprint.last = visit.last;
    }
  }

  /**
   * A sprint is closed when every item still in it is done, or it has none left (they moved on);
   * else active when one of them is under way or done, else planned. Sorted by first date seen.
   */
  sprintList(): JiraSprint[] {
    const list = [...this.sprints].map(
      ([name, s]): JiraSprint => ({
        id: s.id,
        name,
        items: s.items,
        state: s.done === s.current ? "closed" : s.started > 0 ? "active" : "planned",
        firstSeen: s.first,
        lastSeen: s.last,
      }),
    );
    return list.sort(
      (a, b) =>
        (a.firstSeen ?? "9999").localeCompare(b.firstSeen ?? "9999") ||
        a.name.localeCompare(b.name, "en", { numeric: true }),
    );
  }
}
